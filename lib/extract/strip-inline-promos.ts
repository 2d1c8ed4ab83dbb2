import { LABELS } from './clutter-labels';
import {
  elementsNamed,
  hasAncestorTag,
  isLinkWithHref,
  isShort,
  linksAndButtons,
  removeShort,
  removeWithEmptyAncestors,
  textLength,
  visibleText,
} from './clutter-dom';
import { linkKind, pageUrl, pointsElsewhere, splitAroundLinks, type LinkSplit } from './clutter-links';
import { endsWithSeparator, normalizeLabel } from './normalize-label';

/**
 * A promo is a label (at most ~40 characters) plus a headline (rarely past 150) and sometimes a
 * one-line teaser; 300 characters hold all three. Real paragraphs that contain a link are longer
 * than that, and the label rules below guard the short ones.
 */
const MAX_PROMO_CHARS = 300;

/** "Das könnte Sie auch interessieren" is five words; a label found by structure alone is at most four. */
const MAX_LABEL_WORDS = 4;
const MAX_LABEL_CHARS = 40;

/**
 * A label found by structure alone (an unlisted language) is trusted only in front of something
 * that reads like a headline: 15 characters rules out "here" or "this page" style links.
 */
const MIN_HEADLINE_CHARS = 15;

/** Text after a promo's link: a source or a "(video)" tag fits in 40; more is a sentence. */
const MAX_SUFFIX_CHARS = 40;

/** Wrappers climbed from a link to find the whole promo box (card → inner container → paragraph). */
const MAX_CLIMB = 3;

/** Elements that can hold a promo on their own. Lists, table cells and captions are left to other steps. */
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'ASIDE',
  'SECTION',
  'FIGURE',
  'HEADER',
  'FOOTER',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'CENTER',
]);
const NEVER_PROMO = new Set([
  'LI',
  'TD',
  'TH',
  'DD',
  'DT',
  'FIGCAPTION',
  'BLOCKQUOTE',
  'Q',
  'PRE',
  'CODE',
  'NAV',
  'TABLE',
]);

/** Elements a site uses to set a label apart ("<strong>READ</strong>", "<span class=kicker>"). */
const LABEL_HOLDERS = new Set([
  'STRONG',
  'B',
  'SPAN',
  'EM',
  'I',
  'SMALL',
  'MARK',
  'LABEL',
  'P',
  'DIV',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'U',
]);

/** Class and id words themes give promo boxes. */
const PROMO_NAMES =
  /read-?also|lire-?aussi|also-?read|inline-related|related-inline|inline-promo|in-article-promo|article-promo|lesen-sie-auch|leggi-anche|lee-tambien|leia-tambem/i;

/**
 * Removes inline promos for other articles: a short block that is a label ("READ", "Lire aussi :",
 * or any short label set apart by markup) followed by a link to another page, or a whole-link box
 * whose first part is such a label. Works on class-less markup: it reads structure and text only.
 */
export function stripInlinePromos(root: Element): void {
  // A class on the link itself ("<a class=read-also>") names the whole paragraph around it.
  const named = elementsNamed(root, PROMO_NAMES).map(
    (element) => (BLOCK_TAGS.has(element.tagName) ? element : blockOf(element, root)) ?? element,
  );
  removeShort(root, named, MAX_PROMO_CHARS);
  const page = pageUrl(root.ownerDocument);
  const seen = new Set<Element>();
  for (const link of linksAndButtons(root)) {
    if (!isLinkWithHref(link) || !root.contains(link)) continue;
    let block = blockOf(link, root);
    for (let level = 0; block && level < MAX_CLIMB; level++) {
      // A block seen from an earlier link was judged already, long ones included: this keeps the
      // step linear in the number of links rather than reading a long container's text per link.
      if (seen.has(block)) break;
      seen.add(block);
      if (!isShort(block, MAX_PROMO_CHARS) || hasAncestorTag(block, NEVER_PROMO)) break;
      if (isPromo(block, page)) {
        removeWithEmptyAncestors(outermostWrapper(block, root), root);
        break;
      }
      block = blockOf(block, root);
    }
  }
}

/** The nearest block ancestor of `node` below `root`, or null when there is none. */
function blockOf(node: Element, root: Element): Element | null {
  for (let parent = node.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (BLOCK_TAGS.has(parent.tagName)) return parent;
  }
  return null;
}

/** Climbs from `block` through wrappers that hold nothing else, so no empty card frame stays. */
function outermostWrapper(block: Element, root: Element): Element {
  let current = block;
  const length = textLength(block);
  while (
    current.parentElement &&
    current.parentElement !== root &&
    current.parentElement.children.length === 1 &&
    textLength(current.parentElement) === length
  ) {
    current = current.parentElement;
  }
  return current;
}

function isPromo(block: Element, page: URL | null): boolean {
  const split = splitAroundLinks(block);
  if (split.inside === '' || split.links.length === 0) return false;
  if (!split.links.every((link) => pointsElsewhere(link, page))) return false;
  if (split.between !== '' && !/^[\s,;|•·/–—-]*$/.test(split.between)) return false;
  const sameSite = split.links.every((link) => linkKind(link, page) === 'same-site-page');
  return split.before !== '' ? isLabelBeforeLink(split, sameSite) : isLabelInsideLink(split, sameSite);
}

/** "<strong>READ</strong> <a>…</a>", "Lire aussi : <a>…</a>", "Czytaj także: <a>…</a>". */
function isLabelBeforeLink(split: LinkSplit, sameSite: boolean): boolean {
  const label = normalizeLabel(split.before);
  const setApart =
    isHeldAlone(split.beforeHolder, label) || isCapitals(split.before) || endsWithSeparator(split.before);
  const suffix = normalizeLabel(split.after);
  if (LABELS.promo.has(label)) return suffix.length <= MAX_SUFFIX_CHARS;
  if (suffix !== '') return false;
  if (LABELS.verbPromo.has(label)) return setApart;
  return setApart && sameSite && isUnknownLabel(label) && split.inside.length >= MIN_HEADLINE_CHARS;
}

/** A whole-link box: "<a><span>READ</span> <span>headline</span></a>". */
function isLabelInsideLink(split: LinkSplit, sameSite: boolean): boolean {
  if (normalizeLabel(split.after) !== '' || split.links.length !== 1) return false;
  const link = split.links[0];
  const kicker = leadingElement(link);
  if (kicker) {
    const label = normalizeLabel(visibleText(kicker));
    const rest = split.inside.length - visibleText(kicker).length;
    if (rest <= 0) return false;
    if (LABELS.promo.has(label) || LABELS.verbPromo.has(label)) return true;
    return sameSite && isUnknownLabel(label) && rest >= MIN_HEADLINE_CHARS;
  }
  // No element around the label: only a listed label followed by a separator counts ("Lire aussi : …").
  const match = /^(.{1,45}?)\s*[:|»›→]/.exec(split.inside);
  if (!match || match[0].length >= split.inside.length) return false;
  const label = normalizeLabel(match[1]);
  return LABELS.promo.has(label) || LABELS.verbPromo.has(label);
}

/** The first element inside `link` whose text opens the link's text and is only part of it. */
function leadingElement(link: Element): Element | null {
  for (let node: ChildNode | null = link.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      if ((node.nodeValue ?? '').trim() !== '') return null;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const text = visibleText(element);
    if (text === '') continue;
    if (!LABEL_HOLDERS.has(element.tagName)) return null;
    // A kicker inside a wrapper ("<a><div><span>READ</span><span>title</span></div></a>").
    if (text === visibleText(link)) return leadingElement(element);
    return element;
  }
  return null;
}

/** True when `holder` sets the label apart: its whole text is the label and it is a label-like tag. */
function isHeldAlone(holder: Element | null, label: string): boolean {
  return holder !== null && LABEL_HOLDERS.has(holder.tagName) && normalizeLabel(visibleText(holder)) === label;
}

/** "READ", "LIRE AUSSI": written in capitals (a sentence never is). Scripts without case don't count. */
function isCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** A label found by structure: a few words, no digits ("Step 3:"), and not one that announces content. */
function isUnknownLabel(label: string): boolean {
  if (label === '' || label.length > MAX_LABEL_CHARS || /\d/.test(label)) return false;
  if (label.split(' ').length > MAX_LABEL_WORDS) return false;
  return !LABELS.content.has(label);
}
