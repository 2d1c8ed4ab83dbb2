import { CALL_TO_ACTION } from './clutter-phrases';
import { LABELS } from './clutter-labels';
import {
  AUTHORED_TAGS,
  elementsNamed,
  hasAncestorTag,
  isShort,
  linksAndButtons,
  removeWithEmptyAncestors,
  visibleText,
} from './clutter-dom';
import { linkKind, pageUrl, splitAroundLinks, type LinkSplit } from './clutter-links';
import { endsWithSeparator, normalizeLabel } from './normalize-label';
import { wordStats } from './word-stats';

/** A promo line holds one to three headlines of up to ~150 characters each. */
const MAX_LINE_CHARS = 300;
const MAX_LINKS = 3;

/** A headline has four words or more (CJK: characters) and rarely past thirty. */
const MIN_HEADLINE_WORDS = 4;
/** Japanese counts words per character: a headline also has this many characters. */
const MIN_HEADLINE_CHARS = 15;
const MAX_HEADLINE_WORDS = 30;

/** A kicker ("RANDY ANDY", "Exclusive") is a few words over a headline. */
const MAX_KICKER_CHARS = 40;
const MAX_KICKER_WORDS = 5;

/** A paragraph of the article around a promo: a sentence or more. */
const MIN_PARAGRAPH_CHARS = 60;

/** A list of other articles dropped between paragraphs has two or three entries; longer lists are left to other rules. */
const MAX_INLINE_LIST_ITEMS = 3;

/** A related list shows a handful of stories; a longer list is the author's (or an index). */
const MAX_KICKER_LIST_ITEMS = 12;

/** Blocks that can be a promo line. Lists are handled as wholes; quotes and captions never. */
const LINE_TAGS = new Set([
  'P',
  'DIV',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'ASIDE',
  'SECTION',
  'FIGURE',
  'CENTER',
  'STRONG',
  'B',
]);
const NEVER = new Set([...AUTHORED_TAGS, 'LI', 'TD', 'TH', 'FIGCAPTION', 'NAV', 'TABLE']);

/** A bracketed tag after a headline ("[VIDEO]", "[INSIGHT]", "(photos)"): part of the promo. */
const BRACKET_TAG = /^[[(][^\])]{1,20}[\])]$/;

/** Addresses of files, not pages: a link to a report's PDF is a reference, not a promo. */
const FILE_LINK = /\.(pdf|docx?|xlsx?|pptx?|csv|zip|epub|mp3|mp4|jpe?g|png|gif|svg)([?#]|$)/i;

/** WordPress's embed of another post, in its blockquote, iframe or card form. */
const WP_EMBED_NAMES = /(^|\s)(wp-embedded-content|wp-embed|is-type-wp-embed|wp-block-embed-wordpress)(\s|$)/;

/**
 * Removes promos for other articles that carry no label, by their structure alone (any language):
 * - a line between two paragraphs that is nothing but one to three links to other pages of the
 *   same site whose text reads as a headline (with at most a kicker or a "[VIDEO]" tag);
 * - a list of two or three such links between paragraphs, or a list of any length whose every
 *   entry is a kicker over a headline link ("RANDY ANDY / Andrew parties in …");
 * - a short line that calls to click ("READ MORE ON … BY CLICKING HERE") toward the same site;
 * - WordPress embeds of another post (blockquote and iframe `wp-embedded-content`, or as a card),
 *   and, once classes are gone, a quote that is nothing but one headline link to the same site.
 * Real content keeps: a link-only line to another site or to a file, a headline quoted inside a
 * sentence, a list the author introduces ("Further reading:"), a how-to step with a number.
 */
export function stripHeadlineLinks(root: Element): void {
  for (const embed of elementsNamed(root, WP_EMBED_NAMES))
    if (root.contains(embed)) removeWithEmptyAncestors(embed, root);
  const page = pageUrl(root.ownerDocument);
  const judged = new Set<Element>();
  for (const link of linksAndButtons(root)) {
    if (link.localName !== 'a') continue;
    const block = nearest(
      link,
      root,
      (element) =>
        LINE_TAGS.has(element.tagName) ||
        element.tagName === 'UL' ||
        element.tagName === 'OL' ||
        element.tagName === 'BLOCKQUOTE',
    );
    // Each block is judged once, from its first link: the step stays linear in the page's links.
    if (!block || judged.has(block)) continue;
    judged.add(block);
    if (!root.contains(block) || !isSameSitePage(link as HTMLAnchorElement, page)) continue;
    const promo = promoAround(block, page);
    if (promo) removePromo(promo, root);
  }
}

/** The promo `block` belongs to, if it is one: the line, its list, or an embed quote. */
function promoAround(block: Element, page: URL | null): Element | null {
  if (block.tagName === 'BLOCKQUOTE') return isEmbedQuote(block, page) ? block : null;
  if (block.tagName === 'UL' || block.tagName === 'OL') return isPromoList(block, page) ? block : null;
  if (hasAncestorTag(block, NEVER) || !isShort(block, MAX_LINE_CHARS)) return null;
  const split = splitAroundLinks(block);
  if (isCallToAction(block, split, page)) return block;
  return isHeadlineLine(split, page) && betweenParagraphs(block) ? block : null;
}

/** Nothing but 1–3 same-site headline links, an optional kicker before and a bracketed tag after. */
function isHeadlineLine(split: LinkSplit, page: URL | null): boolean {
  if (split.links.length === 0 || split.links.length > MAX_LINKS) return false;
  if (!/^[\s,;|•·/–—-]*$/.test(split.between)) return false;
  if (split.after !== '' && !BRACKET_TAG.test(split.after)) return false;
  if (split.before !== '' && !isKicker(split.before)) return false;
  return split.links.every((link) => isSameSitePage(link, page) && isHeadline(visibleText(link)));
}

/** A list whose entries are all headline links to the same site, dropped between paragraphs or kicker-led. */
function isPromoList(list: Element, page: URL | null): boolean {
  if (hasAncestorTag(list, AUTHORED_TAGS)) return false;
  if (list.children.length < 2 || list.children.length > MAX_KICKER_LIST_ITEMS) return false;
  const items = Array.from(list.children).filter((item) => item.tagName === 'LI');
  if (items.length !== list.children.length) return false;
  const splits = items.map((item) => (isShort(item, MAX_LINE_CHARS) ? splitAroundLinks(item) : null));
  if (splits.some((split) => split === null || split.links.length !== 1 || !isHeadlineLine(split, page))) return false;
  const kickerLed = splits.every((split) => split !== null && split.before !== '');
  // The author's own lists of links are introduced ("Further reading:"); promo lists are not.
  const previous = list.previousElementSibling;
  if (previous && (endsWithSeparator(previous.textContent ?? '') || /^H[1-6]$/.test(previous.tagName))) return false;
  return kickerLed || (items.length <= MAX_INLINE_LIST_ITEMS && betweenParagraphs(list));
}

/** "READ MORE ON ROYAL FAMILY BY CLICKING HERE": a short line calling to click, linking to the same site. */
function isCallToAction(block: Element, split: LinkSplit, page: URL | null): boolean {
  if (split.links.length === 0 || !split.links.every((link) => isSameSitePage(link, page))) return false;
  const text = visibleText(block);
  if (!CALL_TO_ACTION.test(text)) return false;
  const capitals = /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
  return (
    capitals ||
    (CALL_TO_ACTION.test(split.inside) && normalizeLabel(`${split.before} ${split.after}`).length <= MAX_KICKER_CHARS)
  );
}

/** A quote holding one headline link to the same site and nothing else: WordPress's embed fallback. */
function isEmbedQuote(quote: Element, page: URL | null): boolean {
  if (!isShort(quote, MAX_LINE_CHARS)) return false;
  const split = splitAroundLinks(quote);
  return (
    split.links.length === 1 &&
    split.before === '' &&
    split.after === '' &&
    isSameSitePage(split.links[0], page) &&
    isHeadline(split.inside)
  );
}

/** A few words set apart over a headline, not a numbered step ("Step 3:") nor a content label ("Source:"). */
function isKicker(text: string): boolean {
  const label = normalizeLabel(text);
  if (label === '' || label.length > MAX_KICKER_CHARS || /\d/.test(label)) return false;
  return label.split(' ').length <= MAX_KICKER_WORDS && !LABELS.content.has(label);
}

/** Reads as a headline: four to thirty words, not a phrase cut off by a colon. */
function isHeadline(text: string): boolean {
  const words = wordStats(text).wordCount;
  return (
    text.length >= MIN_HEADLINE_CHARS &&
    words >= MIN_HEADLINE_WORDS &&
    words <= MAX_HEADLINE_WORDS &&
    !/:\s*$/.test(text)
  );
}

function isSameSitePage(link: HTMLAnchorElement, page: URL | null): boolean {
  return linkKind(link, page) === 'same-site-page' && !FILE_LINK.test(link.getAttribute('href') ?? '');
}

/** The elements right before (past a kicker line) and right after `block` are paragraphs of the article. */
function betweenParagraphs(block: Element): boolean {
  const isParagraph = (element: Element | null) =>
    element !== null && element.tagName === 'P' && !isShort(element, MIN_PARAGRAPH_CHARS);
  let previous = block.previousElementSibling;
  if (previous && isKickerLine(previous)) previous = previous.previousElementSibling;
  return isParagraph(previous) && isParagraph(block.nextElementSibling);
}

/** A line of its own in capitals, no link, a few words: the kicker of the headline under it. */
function isKickerLine(element: Element): boolean {
  if (!isShort(element, MAX_KICKER_CHARS) || element.querySelector('a') !== null) return false;
  const text = visibleText(element);
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) && isKicker(text);
}

/** The nearest ancestor of `node` (itself excluded) below `root` that passes `test`. */
function nearest(node: Element, root: Element, test: (element: Element) => boolean): Element | null {
  for (let parent = node.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (test(parent)) return parent;
  }
  return null;
}

/** Removes `promo` and a capitals kicker line left alone right above it ("RANDY ANDY"). */
function removePromo(promo: Element, root: Element): void {
  const above = promo.previousElementSibling;
  if (above && isKickerLine(above)) removeWithEmptyAncestors(above, root);
  removeWithEmptyAncestors(promo, root);
}
