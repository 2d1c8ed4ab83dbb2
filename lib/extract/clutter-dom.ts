/**
 * Small DOM helpers shared by the clutter steps. Each one is written to stay cheap on a whole page:
 * text lengths stop counting at a limit instead of reading a whole subtree, and nothing calls
 * getComputedStyle (layout is unavailable in jsdom and slow in a browser).
 */

import { collapseWhitespace } from '../shared/text';

/** Elements whose text is never visible to a reader (a script's source must not count as words). */
export const INVISIBLE: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Visible text length of `element`, whitespace collapsed. textContent is used first because it is
 * computed natively (a walk over child nodes from script costs ten times more in jsdom); the
 * slower walk runs only when a script or style inside could have inflated it.
 */
export function textLength(element: Element): number {
  const raw = element.textContent ?? '';
  if (raw.length > 0 && hasInvisible(element)) return visibleText(element).length;
  return collapseWhitespace(raw).length;
}

/** Whether `element` holds a script, style or noscript (whose text textContent would count). */
function hasInvisible(element: Element): boolean {
  if (element.firstElementChild === null) return false;
  // One query, not a live collection per tag: each of those is kept on the element it was asked of.
  return element.querySelector('script, style, noscript') !== null;
}

/**
 * True when `element` has at most `limit` characters of visible text (whitespace trimmed per text
 * node). Counting stops past the limit, so asking this of a large container costs little.
 */
export function isShort(element: Element, limit: number): boolean {
  if (element.firstElementChild === null) return collapseWhitespace(element.textContent ?? '').length <= limit;
  let total = 0;
  const stack: Node[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      total += (node.nodeValue ?? '').trim().length;
      if (total > limit) return false;
    } else if (node.nodeType === 1 && !INVISIBLE.has((node as Element).tagName)) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return true;
}

/** Visible text of `element` with whitespace collapsed (scripts and styles left out). */
export function visibleText(element: Element): string {
  if (!hasInvisible(element)) return collapseWhitespace(element.textContent ?? '');
  const parts: string[] = [];
  const stack: Node[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 && !INVISIBLE.has((node as Element).tagName)) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return collapseWhitespace(parts.join(''));
}

/** True when `element` or an ancestor has one of `tags` (upper case): a cheaper `closest` for tag lists. */
export function hasAncestorTag(element: Element, tags: ReadonlySet<string>): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (tags.has(current.tagName)) return true;
  }
  return false;
}

/** Quotations and code the author wrote: no clutter rule reaches inside them. */
export const AUTHORED_TAGS: ReadonlySet<string> = new Set(['BLOCKQUOTE', 'Q', 'PRE', 'CODE']);

/**
 * Removes `element`, then each ancestor left with no visible text and no media, up to (not
 * including) `root`, so that no empty wrapper ("<div><div></div></div>") stays behind.
 */
export function removeWithEmptyAncestors(element: Element, root: Element): void {
  let parent: Element | null = element.parentElement;
  element.remove();
  while (parent && parent !== root && root.contains(parent) && isEmptyBox(parent)) {
    const next: Element | null = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

/** A box with no element and no text left (a leftover wrapper). */
function isEmptyBox(element: Element): boolean {
  // Any element left inside counts as content: cheaper than reading a large parent's text, and an
  // empty wrapper kept by mistake is invisible anyway.
  return element.firstElementChild === null && (element.textContent ?? '').trim() === '';
}

/** What the steps of one stripClutter run share: every named element, every short text holder, every link and button. */
interface ClutterIndex {
  names: NamedElements;
  textHolders: ReadonlyArray<readonly [Element, string]> | null;
  controls: readonly Element[] | null;
  byText: boolean;
}

/**
 * Every element with a class or id, with its names ("class id") as a number into `distinct`:
 * elements repeat the same names (a Wikipedia article: 3,400 named elements, 960 distinct
 * strings), so each step's pattern is tested once per distinct string, not once per element.
 */
interface NamedElements {
  elements: Element[];
  nameOf: Int32Array;
  distinct: string[];
}
const indexes = new WeakMap<Element, ClutterIndex>();

/** The longest text any step looks for as a whole (a cookie notice). */
const MAX_INDEXED_TEXT = 600;

function scanNames(root: Element): NamedElements {
  const elements = Array.from(root.querySelectorAll('[class], [id]'));
  const nameOf = new Int32Array(elements.length);
  const distinct: string[] = [];
  const numberOf = new Map<string, number>();
  elements.forEach((element, at) => {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    let number = numberOf.get(names);
    if (number === undefined) {
      number = distinct.length;
      numberOf.set(names, number);
      distinct.push(names);
    }
    nameOf[at] = number;
  });
  return { elements, nameOf, distinct };
}

/**
 * Runs `work` with the class and id names and the short text holders under `root` gathered once
 * for every step: in jsdom, visiting every element costs more than all the tests after it. With
 * `byText: false`, findByText finds nothing: the steps look at names and structure only. Valid
 * because the steps only remove elements (a removed one is skipped by `root.contains`); the
 * index is dropped when `work` returns.
 */
export function withClutterIndex(root: Element, work: () => void, { byText = true } = {}): void {
  indexes.set(root, { names: scanNames(root), textHolders: null, controls: null, byText });
  try {
    work();
  } finally {
    indexes.delete(root);
  }
}

/**
 * Elements under `root` whose class or id matches `pattern`. One regular expression per concern
 * costs far less than a selector list with substring matches, which jsdom re-evaluates per alternative.
 */
export function elementsNamed(root: Element, pattern: RegExp): Element[] {
  const { elements, nameOf, distinct } = indexes.get(root)?.names ?? scanNames(root);
  const matches = new Uint8Array(distinct.length);
  distinct.forEach((names, number) => {
    if (pattern.test(names)) matches[number] = 1;
  });
  const found: Element[] = [];
  for (let at = 0; at < elements.length; at += 1) if (matches[nameOf[at]!] === 1) found.push(elements[at]!);
  return found;
}

/**
 * Every link and button under `root`, in document order, gathered once for the steps that each
 * go through them (five steps, a few thousand links on a long article). Under a shared index the
 * list may hold some an earlier step removed: the steps check `root.contains`.
 */
export function linksAndButtons(root: Element): readonly Element[] {
  const index = indexes.get(root);
  if (index?.controls) return index.controls;
  const controls = Array.from(root.querySelectorAll('a, button'));
  if (index) index.controls = controls;
  return controls;
}

/** A link with an address (what `a[href]` selects). */
export function isLinkWithHref(element: Element): element is HTMLAnchorElement {
  return element.localName === 'a' && element.hasAttribute('href');
}

/**
 * Media carry no text, so every one is "short": a class such as `share-image` or
 * `BorlabsCookie` on the picture itself must not remove the picture.
 */
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'FIGURE', 'TABLE']);

/**
 * Removes each of `elements` still under `root` whose visible text is at most `maxChars`. The
 * length guard is what keeps class-name matches safe: a theme may put `category-newsletter` or
 * `has-cookie-consent` on the article itself, and an article is always longer than a widget.
 */
export function removeShort(root: Element, elements: Iterable<Element>, maxChars: number): void {
  for (const element of elements) {
    if (element === root || !root.contains(element) || !isShort(element, maxChars)) continue;
    if (hasAncestorTag(element, AUTHORED_TAGS) || MEDIA_TAGS.has(element.tagName)) continue;
    removeWithEmptyAncestors(element, root);
  }
}

/**
 * Parents of the short text nodes under `root` with their visible text (when at most
 * MAX_INDEXED_TEXT long), in document order.
 */
function scanTextHolders(root: Element): Array<readonly [Element, string]> {
  const holders: Array<readonly [Element, string]> = [];
  const seen = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > MAX_INDEXED_TEXT * 10) continue;
    const trimmed = value.trim();
    if (trimmed === '' || trimmed.length > MAX_INDEXED_TEXT) continue;
    const element = node.parentElement;
    if (!element || element === root || seen.has(element) || INVISIBLE.has(element.tagName)) continue;
    seen.add(element);
    const text = shortVisibleText(element, MAX_INDEXED_TEXT);
    if (text !== null) holders.push([element, text]);
  }
  return holders;
}

/**
 * `visibleText(element)` when `isShort(element, limit)`, else null: both answers from one walk,
 * where asking them in turn walks a holder twice and counts its scripts and styles three times.
 */
function shortVisibleText(element: Element, limit: number): string | null {
  if (element.firstElementChild === null) {
    const text = collapseWhitespace(element.textContent ?? '');
    return text.length <= limit ? text : null;
  }
  let total = 0;
  const parts: string[] = [];
  const stack: Node[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      total += value.trim().length;
      if (total > limit) return null;
      parts.push(value);
    } else if (node.nodeType === 1 && !INVISIBLE.has((node as Element).tagName)) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return collapseWhitespace(parts.join(''));
}

/**
 * Elements under `root` whose whole visible text, at most `maxChars` long, passes `test`. Only
 * the parents of text nodes are looked at: a label is the whole text of its nearest element
 * ("<span>Publicité</span>", "<h3>Leave a reply <small>…</small></h3>"), so one walk over the
 * text replaces a text read of every element on the page. A shared index may hold text read
 * before an earlier step removed part of it, so a match is checked again on the live element.
 */
export function findByText(
  root: Element,
  maxChars: number,
  test: (text: string, element: Element) => boolean,
): Element[] {
  const index = indexes.get(root);
  if (index && !index.byText) return [];
  let holders = index?.textHolders ?? null;
  if (!holders) {
    holders = scanTextHolders(root);
    if (index) index.textHolders = holders;
  }
  const found: Element[] = [];
  let previous: Element | null = null;
  for (const [element, text] of holders) {
    if (element === previous || text.length > maxChars || !test(text, element)) continue;
    previous = element;
    if (!root.contains(element)) continue;
    const fresh = visibleText(element);
    if (fresh === text || (fresh.length <= maxChars && test(fresh, element))) found.push(element);
  }
  return found.filter((element) => !found.some((other) => other !== element && other.contains(element)));
}
