import { collapseWhitespace } from '../shared/text';
/** One heading of an article, for the outline. */
export interface OutlineEntry {
  id: string;
  text: string;
  /** 2 for <h2>, 3 for <h3>, 4 for <h4>. */
  level: number;
}

/**
 * When a piece deserves an outline: several sections, or long enough that finding one's way back
 * matters (about seven minutes of reading). One heading is not an outline.
 */
export const OUTLINE_MIN_HEADINGS = 4;
/** See OUTLINE_MIN_HEADINGS. */
export const OUTLINE_MIN_WORDS = 1500;

/** Whether to show the outline for an article with these headings and words. */
export function wantsOutline(headings: number, wordCount: number): boolean {
  return headings >= OUTLINE_MIN_HEADINGS || (wordCount > OUTLINE_MIN_WORDS && headings >= 2);
}

/**
 * The h2–h4 headings of a rendered article, giving each an id to link to when it has none
 * (ids the page had were kept by the sanitizer and stay as they are).
 */
export function readOutline(root: Element): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  root.querySelectorAll('h2, h3, h4').forEach((heading, index) => {
    const text = collapseWhitespace((heading.textContent ?? ''));
    if (!text) return;
    if (!heading.id) heading.id = `liseuse-heading-${index + 1}`;
    entries.push({ id: heading.id, text, level: Number(heading.tagName.slice(1)) });
  });
  return entries;
}
