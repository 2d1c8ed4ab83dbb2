import { describe, expect, it } from 'vitest';
import { mergeSearchHits } from '../../lib/search/merge-hits';

describe('mergeSearchHits', () => {
  it('keeps articles where every query term matched in one index or the other', () => {
    const hits = mergeSearchHits(
      ['paris', 'salam'],
      [
        { id: 'a', score: 5, terms: ['paris'], queryTerms: ['paris'] },
        { id: 'b', score: 9, terms: ['paris'], queryTerms: ['paris'] },
        { id: 'c', score: 2, terms: ['paris', 'salamandre'], queryTerms: ['paris', 'salam'] },
      ],
      [new Map(), new Map([['a', ['salamandre', 'salami']], ['d', ['salamandre']]])],
    );
    expect(hits).toEqual([
      { id: 'a', score: 5, terms: ['paris', 'salamandre', 'salami'] },
      { id: 'c', score: 2, terms: ['paris', 'salamandre'] },
    ]);
  });

  it('puts articles found only in the text after the scored ones, in postings order', () => {
    const hits = mergeSearchHits(
      ['herisson'],
      [{ id: 'title', score: 3, terms: ['herisson'], queryTerms: ['herisson'] }],
      [new Map([['x', ['herisson']], ['title', ['herisson']], ['y', ['herisson']]])],
    );
    expect(hits.map((hit) => hit.id)).toEqual(['title', 'x', 'y']);
  });
});
