import { LABELS } from './clutter-labels';
import {
  AUTHORED_TAGS,
  elementsNamed,
  findByText,
  hasAncestorTag,
  isShort,
  removeWithEmptyAncestors,
  textLength,
} from './clutter-dom';
import { pageUrl, pointsElsewhere, splitAroundLinks } from './clutter-links';
import { normalizeLabel } from './normalize-label';
import { RELATED_NAMES, namePattern } from './clutter-names';

/** Related-posts and prev/next widgets as WordPress, Jetpack, YARPP and common themes mark them. */
const NAV_NAMES =
  /(^|\s)(post-navigation|posts-navigation|nav-links|nav-previous|nav-next|post-nav|single-post-nav|related-posts|jp-relatedposts|yarpp-related|crp_related|related-articles|relatedposts|widget_recent_entries|wp-block-latest-posts|read-next|more-from|rp4wp-related-posts)(\s|$)/;

/** Related-article boxes named in the site's language, as whole tokens. */
const RELATED_LANGUAGE_NAMES = namePattern(RELATED_NAMES);

/** A related list is six to ten headlines of ~80 characters; 1500 holds that, never an article body. */
const MAX_LIST_CHARS = 1500;

/** A heading or a prev/next caption is a few words. */
const MAX_LABEL_CHARS = 60;

/**
 * Share of a list's text that is link text. Lists of other articles are nearly all links (0.8 and
 * up); a list the author wrote ("Sources", with a sentence per entry) is mostly prose. 0.5 splits them.
 */
const MIN_LINK_DENSITY = 0.5;

/** Card blocks removed after one heading at most; a related grid rarely shows more. */
const MAX_FOLLOWING_BLOCKS = 12;

/** Blocks that can head a list of other articles, and the blocks such a list is made of. */
const LIST_HEADS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV', 'HEADER', 'LEGEND']);
const LIST_BLOCKS = new Set(['UL', 'OL', 'DIV', 'SECTION', 'ASIDE', 'NAV', 'ARTICLE', 'P', 'FIGURE']);

const HEADING_LIKE = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV', 'HEADER', 'STRONG', 'B', 'SPAN', 'LEGEND']);

/**
 * Removes in-article navigation: previous/next article links and lists of other articles under a
 * heading such as "You may also like", "Vous aimerez aussi" or "Articles récents". The list must
 * be mostly links to other pages, so an author's "Sources" or a documentation index stays.
 */
export function stripArticleNavigation(root: Element): void {
  const page = pageUrl(root.ownerDocument);
  for (const element of [...elementsNamed(root, NAV_NAMES), ...elementsNamed(root, RELATED_LANGUAGE_NAMES)]) {
    if (root.contains(element) && isShort(element, MAX_LIST_CHARS) && isLinkList(element, page)) {
      removeWithEmptyAncestors(element, root);
    }
  }
  for (const label of findByText(
    root,
    MAX_LABEL_CHARS,
    (text, element) => HEADING_LIKE.has(element.tagName) && LABELS.articleNav.has(normalizeLabel(text)),
  )) {
    if (root.contains(label)) stripLabelled(loneWrapper(label, root), root, page);
  }
}

/** Removes what `label` introduces: its own prev/next box, or the link lists that follow it. */
function stripLabelled(label: Element, root: Element, page: URL | null): void {
  const link = label.closest('a[href]');
  const box = link ? blockAround(link, root) : blockAround(label, root);
  // "<div><span>Article précédent</span> <a>title</a></div>" or the same inside one link.
  if (box && box !== label && isShort(box, MAX_LABEL_CHARS * 4) && isCaptionedLink(box, label, page)) {
    removeWithEmptyAncestors(box, root);
    return;
  }
  // An inline caption ("<strong>Next</strong>, we…") introduces nothing after it: only a
  // heading-like block heads a list.
  if (link || !LIST_HEADS.has(label.tagName)) return;
  let removed = 0;
  let next = label.nextElementSibling;
  while (
    next &&
    removed < MAX_FOLLOWING_BLOCKS &&
    LIST_BLOCKS.has(next.tagName) &&
    isShort(next, MAX_LIST_CHARS) &&
    isLinkList(next, page)
  ) {
    const after = next.nextElementSibling;
    removeWithEmptyAncestors(next, root);
    removed++;
    next = after;
  }
  // A heading left with nothing after it lost its list to Readability; it is clutter too.
  if (removed > 0 || (!label.nextElementSibling && !link)) removeWithEmptyAncestors(label, root);
}

/** `element`, or the ancestor that holds nothing else ("<h2><span>Related</span></h2>" → the h2). */
function loneWrapper(element: Element, root: Element): Element {
  let current = element;
  const text = textLength(element);
  while (
    current.parentElement &&
    current.parentElement !== root &&
    current.parentElement.childElementCount === 1 &&
    textLength(current.parentElement) === text
  ) {
    current = current.parentElement;
  }
  return current;
}

/** The nearest block around `element`, below `root`. */
function blockAround(element: Element, root: Element): Element | null {
  for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (!/^(A|SPAN|STRONG|B|EM|I|SMALL)$/.test(parent.tagName)) return parent;
  }
  return null;
}

/** Mostly link text, and every link goes to another page. */
function isLinkList(element: Element, page: URL | null): boolean {
  if (hasAncestorTag(element, AUTHORED_TAGS)) return false;
  const split = splitAroundLinks(element);
  if (split.inside === '' || !split.links.every((link) => pointsElsewhere(link, page))) return false;
  return textLength(element) * MIN_LINK_DENSITY <= split.inside.length;
}

/**
 * A prev/next box: nothing but the caption and links to other pages ("Article précédent <a>…</a>").
 * Any other word means a sentence ("<strong>Next</strong>, we <a>configure</a>…"), which stays.
 */
function isCaptionedLink(box: Element, label: Element, page: URL | null): boolean {
  if (hasAncestorTag(box, AUTHORED_TAGS)) return false;
  const split = splitAroundLinks(box);
  if (split.inside === '' || !split.links.every((link) => pointsElsewhere(link, page))) return false;
  const caption = normalizeLabel(label.textContent ?? '');
  const before = normalizeLabel(split.before);
  return (
    (before === '' || before === caption) &&
    normalizeLabel(split.after) === '' &&
    /^[\s,;|•·/–—-]*$/.test(split.between)
  );
}
