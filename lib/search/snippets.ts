import { foldText, WORD_PATTERN } from '../shared/text';
import { collapseWhitespace } from '../shared/text';

/** A piece of text to show, marked when it is a word the search matched. */
export interface Fragment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into plain and matched pieces. `terms` are folded index terms (as a search
 * returns them), so "Élève" is marked for the term "eleve". The UI renders the pieces as text
 * nodes and <mark> elements: no HTML is ever built from article data.
 */
export function highlightFragments(text: string, terms: readonly string[]): Fragment[] {
  if (terms.length === 0 || !text) return text ? [{ text, match: false }] : [];
  const wanted = new Set(terms);
  const fragments: Fragment[] = [];
  let last = 0;
  for (const found of text.matchAll(WORD_PATTERN)) {
    const start = found.index ?? 0;
    if (!wanted.has(foldText(found[0]))) continue;
    if (start > last) fragments.push({ text: text.slice(last, start), match: false });
    fragments.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) fragments.push({ text: text.slice(last), match: false });
  return fragments;
}

/**
 * A short passage of `text` around the first matched word, for a search result's snippet;
 * null when no word matches (the match was in the title, site or tags).
 */
export function snippetAround(text: string, terms: readonly string[], radius = 90): string | null {
  const wanted = new Set(terms);
  for (const found of text.matchAll(WORD_PATTERN)) {
    if (!wanted.has(foldText(found[0]))) continue;
    const at = found.index ?? 0;
    const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - radius)) + 1);
    const endSpace = text.indexOf(' ', Math.min(text.length, at + found[0].length + radius));
    const end = endSpace === -1 ? text.length : endSpace;
    const passage = collapseWhitespace(text.slice(start, end));
    return `${start > 0 ? '… ' : ''}${passage}${end < text.length ? ' …' : ''}`;
  }
  return null;
}
