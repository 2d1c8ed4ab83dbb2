import type { ArticleRead } from './run-steps';
import type { UnsanitizedFirstPart } from './types';
import { wordStats } from './word-stats';

/**
 * Characters of text in the first screen of an article: a popup of 800 × 600 pixels shows about
 * twenty lines of 90 characters under the article's header; more covers a taller reader.
 */
export const FIRST_SCREEN_CHARS = 2_500;

/** Blocks in the first screen at most, whatever their text: images and headings fill a screen too. */
const FIRST_SCREEN_BLOCKS = 12;

/**
 * A copy of the opening blocks of `content` (Readability's article), enough to fill the first
 * screen, inside copies of the wrappers they sit in (Readability's page div, an article div), so
 * that the same HTML sanitized in full later starts exactly the same way. Null when the whole
 * article fits in the first screen anyway.
 */
export function firstScreenOf(content: Element, chars = FIRST_SCREEN_CHARS): Element | null {
  const wrappers: Element[] = [];
  let level = content;
  // Readability wraps the article in one or two single-child divs: the blocks are below them.
  while (level.children.length === 1 && !hasOwnText(level)) {
    wrappers.push(level);
    level = level.children[0]!;
  }
  wrappers.push(level);
  let text = 0;
  let blocks = 0;
  const copy = level.cloneNode(false) as Element;
  for (let node = level.firstChild; node; node = node.nextSibling) {
    if (text >= chars || blocks >= FIRST_SCREEN_BLOCKS) {
      return wrap(wrappers, copy);
    }
    copy.append(node.cloneNode(true));
    if (node.nodeType === 1) blocks += 1;
    text += (node.textContent ?? '').length;
  }
  return null;
}

function hasOwnText(element: Element): boolean {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return true;
  }
  return false;
}

/** `inner` inside shallow copies of `wrappers` (outermost first; the last is `inner`'s original). */
function wrap(wrappers: readonly Element[], inner: Element): Element {
  let result = inner;
  for (let i = wrappers.length - 2; i >= 0; i -= 1) {
    const outer = wrappers[i]!.cloneNode(false) as Element;
    outer.append(result);
    result = outer;
  }
  return result;
}

/**
 * The first part of `article` as the page script sends it: the metadata, a reading time estimated
 * before sanitizing, and the first screen's HTML (the whole article's when it fits) not yet
 * sanitized: the popup sanitizes it, so that the script a click injects carries no sanitizer.
 */
export function unsanitizedFirstPart({ content, fields, mark }: ArticleRead): UnsanitizedFirstPart {
  const head = firstScreenOf(content);
  const first = {
    ...fields,
    readingMinutes: wordStats(content.textContent ?? '').readingMinutes,
    html: (head ?? content).outerHTML,
    complete: head === null,
  };
  mark('first part');
  return first;
}
