import { makeTarget, type HighlightTarget } from './highlight';
import type { TextMap } from './text-map';
import { offsetAt } from './text-points';

/**
 * Context kept on each side of a quote: at least 32 characters, grown to the nearest word
 * boundary up to 64. Enough to tell apart repeated quotes and to score fuzzy matches (the
 * Hypothesis client keeps 32), short enough to survive edits next to the passage.
 */
export const CONTEXT_MIN = 32;
/** The most context kept on each side of a quote. */
export const CONTEXT_MAX = 64;

const isBlank = (char: string | undefined) => char !== undefined && /\s/.test(char);

/** The context before `start`: CONTEXT_MIN characters or more, starting at a word when it can. */
export function contextBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - CONTEXT_MAX), start);
  if (window.length <= CONTEXT_MIN) return window;
  for (let index = window.length - CONTEXT_MIN; index > 0; index -= 1) {
    if (isBlank(window[index - 1])) return window.slice(index);
  }
  return window;
}

/** The context after `end`: CONTEXT_MIN characters or more, ending at a word when it can. */
export function contextAfter(text: string, end: number): string {
  const window = text.slice(end, end + CONTEXT_MAX);
  if (window.length <= CONTEXT_MIN) return window;
  for (let index = CONTEXT_MIN; index < window.length; index += 1) {
    if (isBlank(window[index])) return window.slice(0, index);
  }
  return window;
}

/**
 * The target (quote and position selectors) of normalized-text offsets [start, end), with the
 * whitespace at either end left out; null when nothing but whitespace is covered.
 */
export function describeOffsets(text: string, start: number, end: number): HighlightTarget | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && isBlank(text[from])) from += 1;
  while (to > from && isBlank(text[to - 1])) to -= 1;
  if (from >= to) return null;
  return makeTarget(
    { exact: text.slice(from, to), prefix: contextBefore(text, from), suffix: contextAfter(text, to) },
    { start: from, end: to },
  );
}

/** The target of a DOM Range (the reader's selection) over the article root `map` was built from. */
export function describeRange(map: TextMap, range: Range): HighlightTarget | null {
  if (!map.root.contains(range.commonAncestorContainer) && range.commonAncestorContainer !== map.root) {
    // A selection reaching outside the article (its title, the toolbar) is clipped to it.
    return describeClipped(map, range);
  }
  return describeOffsets(
    map.text,
    offsetAt(map, range.startContainer, range.startOffset),
    offsetAt(map, range.endContainer, range.endOffset),
  );
}

function describeClipped(map: TextMap, range: Range): HighlightTarget | null {
  const article = map.root.ownerDocument.createRange();
  article.selectNodeContents(map.root);
  // compareBoundaryPoints(how, other): START_TO_END compares this END with other's START, and so on.
  const endsBeforeArticle = range.compareBoundaryPoints(range.START_TO_END, article) <= 0;
  const startsAfterArticle = range.compareBoundaryPoints(range.END_TO_START, article) >= 0;
  if (endsBeforeArticle || startsAfterArticle) return null;
  const startsBefore = range.compareBoundaryPoints(range.START_TO_START, article) < 0;
  const endsAfter = range.compareBoundaryPoints(range.END_TO_END, article) > 0;
  const start = startsBefore ? 0 : offsetAt(map, range.startContainer, range.startOffset);
  const end = endsAfter ? map.text.length : offsetAt(map, range.endContainer, range.endOffset);
  return describeOffsets(map.text, start, end);
}
