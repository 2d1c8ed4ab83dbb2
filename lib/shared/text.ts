/**
 * Folds text for matching: case-insensitive and accent-insensitive, so that a French reader
 * typing "eleve" finds "Élève" and a label table lists "À lire" once. NFD splits "é" into "e" +
 * a combining mark, which is then dropped.
 */
export function foldText(text: string): string {
  // ASCII has no accents to drop, and normalizing costs ten times lowercasing (titles of a large
  // Library, whole article texts when the search index is rebuilt).
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Words and numbers in `text`, as MiniSearch's default tokenizer sees them (letters, digits, marks). */
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+/gu;

/** `text` with every run of whitespace made one space, and trimmed: text as a reader sees it. */
export function collapseWhitespace(text: string): string {
  // Most short texts (a link, a label) have only single spaces: tested without building a copy.
  return COLLAPSIBLE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** Whitespace that collapsing changes: a run of two, or one that is not a plain space. */
const COLLAPSIBLE = /\s\s|[^\S ]/;
