import type { IndexHit, SearchHit } from './memory-index';

/**
 * Combines the two indexes for a query of `queryTerms` (all required): `indexHits` from the
 * in-memory index (searched with any term allowed), and `textHits[i]`, article id → matched words
 * of the full text for `queryTerms[i]`. An article is a hit when every term matched in one index
 * or the other, so a word of the title and a word deep in the text find it together. Articles
 * scored by the in-memory index (title, site, tags, lead) come first, best first; articles found
 * only in the text follow, in the order the postings gave them.
 */
export function mergeSearchHits(
  queryTerms: readonly string[],
  indexHits: readonly IndexHit[],
  textHits: readonly Map<string, string[]>[],
): SearchHit[] {
  const byId = new Map<string, { score: number; terms: Set<string>; matched: Set<string> }>();
  const entry = (id: string) => {
    let found = byId.get(id);
    if (!found) byId.set(id, (found = { score: 0, terms: new Set(), matched: new Set() }));
    return found;
  };
  for (const hit of indexHits) {
    const found = entry(hit.id);
    found.score = hit.score;
    hit.terms.forEach((term) => found.terms.add(term));
    hit.queryTerms.forEach((term) => found.matched.add(term));
  }
  queryTerms.forEach((queryTerm, i) => {
    for (const [id, words] of textHits[i] ?? []) {
      const found = entry(id);
      words.forEach((word) => found.terms.add(word));
      found.matched.add(queryTerm);
    }
  });
  const hits: SearchHit[] = [];
  for (const [id, found] of byId) {
    if (queryTerms.every((term) => found.matched.has(term))) hits.push({ id, score: found.score, terms: [...found.terms] });
  }
  // Array.prototype.sort is stable: text-only hits (score 0) keep the postings' order.
  return hits.sort((a, b) => b.score - a.score);
}
