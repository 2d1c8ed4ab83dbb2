/**
 * Folds a word for matching: case-insensitive and accent-insensitive, so that a French reader
 * typing "eleve" finds "Élève". NFD splits "é" into "e" + a combining mark, which is then dropped.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Words and numbers in `text`, as MiniSearch's default tokenizer sees them (letters, digits, marks). */
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+/gu;
