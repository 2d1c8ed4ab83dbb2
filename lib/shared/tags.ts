import { collapseWhitespace } from './text';

/**
 * The form two tags are compared in: "Recettes" and "recettes " are the same tag. Case only, not
 * accents: "thé" and "the" are different tags to a French reader.
 */
export function tagKey(tag: string): string {
  return collapseWhitespace(tag).toLocaleLowerCase();
}

/** Whether two tags are the same tag (see tagKey). */
export function sameTag(a: string, b: string): boolean {
  return tagKey(a) === tagKey(b);
}

/** Trims tags and drops empty and repeated ones, keeping the first spelling, in the order given. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of tags) {
    const tag = collapseWhitespace(raw);
    const key = tagKey(tag);
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    kept.push(tag);
  }
  return kept;
}
