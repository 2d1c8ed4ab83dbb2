/** Number of words in `text`. */
export function countWords(text: string): number {
  // STUB: replaced by the real step.
  return text.split(/\s+/).filter(Boolean).length;
}

/** Minutes an adult needs to read `wordCount` words. */
export function readingMinutes(wordCount: number): number {
  // STUB: replaced by the real step.
  return Math.max(1, Math.round(wordCount / 230));
}
