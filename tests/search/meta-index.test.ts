import { describe, expect, it } from 'vitest';
import { boundedDistance, buildMetaIndex, matchMeta, typosAllowed } from '../../lib/search/meta-index';
import { FIELD_WEIGHTS, MATCH_KINDS, rankHits } from '../../lib/search/rank';

const item = (id: string, title: string, more: { siteName?: string; tags?: string[]; savedAt?: number } = {}) => ({
  id,
  title,
  siteName: more.siteName ?? null,
  url: `https://${id}.example/x`,
  tags: more.tags ?? [],
  savedAt: more.savedAt ?? 0,
});
const items = [
  item('a', 'Les élèves en grève', { siteName: 'Le Monde', savedAt: 1 }),
  item('b', 'Jardin partagé', { tags: ['Élevage'], savedAt: 2 }),
  item('c', 'La bibliothèque municipale', { savedAt: 3 }),
];
const index = buildMetaIndex(items);
const ids = (matches: Map<number, unknown>) => [...matches.keys()].map((position) => items[position]!.id).sort();

describe('the in-memory index of titles, sites and tags', () => {
  it('matches folded whole words, with the weight of their field', () => {
    const matches = matchMeta(index, 'eleves');
    expect(ids(matches)).toEqual(['a']);
    expect(matches.get(0)).toEqual({ weight: FIELD_WEIGHTS.title * MATCH_KINDS.exact, words: ['eleves'] });
    expect(matchMeta(index, 'monde').get(0)?.weight).toBe(FIELD_WEIGHTS.site);
    expect(ids(matchMeta(index, 'example'))).toEqual(['a', 'b', 'c']);
  });

  it('matches prefixes from three letters only, tags included', () => {
    expect(ids(matchMeta(index, 'ele'))).toEqual(['a', 'b']);
    expect(matchMeta(index, 'ele').get(1)).toEqual({
      weight: FIELD_WEIGHTS.tags * MATCH_KINDS.prefix,
      words: ['elevage'],
    });
    expect(ids(matchMeta(index, 'el'))).toEqual([]);
  });

  it('forgives one typo from five letters, two from eight', () => {
    expect([typosAllowed('abcd'), typosAllowed('abcde'), typosAllowed('abcdefgh')]).toEqual([0, 1, 2]);
    expect(ids(matchMeta(index, 'jardim'))).toEqual(['b']);
    expect(ids(matchMeta(index, 'bibliothqeue'))).toEqual(['c']);
    expect(ids(matchMeta(index, 'grex'))).toEqual([]);
    expect(boundedDistance('kitten', 'sitting', 1)).toBe(2);
    expect(boundedDistance('kitten', 'sitten', 2)).toBe(1);
  });

  it('ranks articles every word matched, best first, the newest first among equals', () => {
    const perTerm = ['la', 'example'].map((term) => matchMeta(index, term));
    expect(rankHits(items, perTerm).map((hit) => hit.id)).toEqual(['c']);
    const tied = rankHits(items, [matchMeta(index, 'example')]);
    expect(tied.map((hit) => hit.id)).toEqual(['c', 'b', 'a']);
    expect(rankHits(items, [])).toEqual([]);
  });
});
