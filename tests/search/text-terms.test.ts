import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_WEIGHTS, MATCH_KINDS, type TermMatch } from '../../lib/search/rank';
import {
  addTextMatches,
  LEAD_TERMS,
  mergePostingLists,
  postingCode,
  postingDoc,
  postingInLead,
  renumberPostings,
  segmentPostings,
  textTermsOf,
} from '../../lib/search/text-terms';

describe('posting lists of the full-text index', () => {
  it('codes an article number with whether the word is in its lead', () => {
    expect(postingDoc(postingCode(41, true))).toBe(41);
    expect(postingInLead(postingCode(41, true))).toBe(true);
    expect(postingInLead(postingCode(41, false))).toBe(false);
  });

  it('posts each word of a batch once per article, in article order, flagging the lead', () => {
    const deep = `${Array.from({ length: LEAD_TERMS }, (_, i) => `mot${i}`).join(' ')} loutre`;
    const postings = segmentPostings([
      { doc: 1, text: 'Une loutre, une LOUTRE.' },
      { doc: 2, text: deep },
    ]);
    expect([...postings.get('loutre')!]).toEqual([postingCode(1, true), postingCode(2, false)]);
    expect(postings.get('mot0')).toEqual(Uint32Array.from([postingCode(2, true)]));
    expect(postings.has('une')).toBe(false);
  });

  it('posts what textTermsOf gives each article, whatever the words (random texts)', () => {
    const word = fc.oneof(
      fc.constantFrom(
        'loutre',
        'LOUTRE',
        'Élève',
        'eleve',
        'une',
        'le',
        'a',
        'x',
        '12',
        'İstanbul',
        'cafe\u0301',
        '𝐁𝐎𝐋𝐃',
      ),
      fc.stringMatching(/^[a-zà-ÿ]{1,9}$/),
    );
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(' ', ', ', '—', ' 🙂 ', '\n', '’')), { maxLength: 400 })
      .map((pairs) => pairs.flat().join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), (texts) => {
        const expected = new Map<string, number[]>();
        texts.forEach((content, doc) =>
          textTermsOf(content).forEach((term, i) =>
            expected.set(term, [...(expected.get(term) ?? []), postingCode(doc, i < LEAD_TERMS)]),
          ),
        );
        const postings = segmentPostings(texts.map((content, doc) => ({ doc, text: content })));
        expect(new Map([...postings].map(([term, list]) => [term, [...list]]))).toEqual(expected);
      }),
      { numRuns: 200, seed: 20261203 },
    );
  });

  it('numbers tens of thousands of distinct words of one batch apart', () => {
    const texts = Array.from({ length: 30 }, (_, doc) =>
      Array.from({ length: 1_000 }, (_, i) => `w${doc * 700 + i}`).join(' '),
    );
    const postings = segmentPostings(texts.map((text, doc) => ({ doc, text })));
    expect(postings.size).toBe(29 * 700 + 1_000);
    expect([...postings.get('w700')!].map(postingDoc)).toEqual([0, 1]);
    expect([...postings.get('w20999')!].map(postingDoc)).toEqual([29]);
  });

  it('renumbers prepared entries by position, keeping their lead bits', () => {
    const postings = new Map([['loutre', Uint32Array.of(postingCode(0, true), postingCode(2, false))]]);
    renumberPostings(postings, [40, 7, 12]);
    expect([...postings.get('loutre')!]).toEqual([postingCode(40, true), postingCode(12, false)]);
  });

  it('merges lists, leaving out dead articles', () => {
    const merged = mergePostingLists([Uint32Array.from([2, 5]), Uint32Array.from([9])], (doc) => doc !== 2);
    expect([...merged].map(postingDoc)).toEqual([1, 4]);
  });

  it('weighs text matches by lead or body and whole word or prefix, for articles the list knows', () => {
    const matches = new Map<number, TermMatch>();
    addTextMatches(
      matches,
      [
        { word: 'loutre', exact: true, docs: Uint32Array.from([postingCode(1, true), postingCode(7, false)]) },
        { word: 'loutres', exact: false, docs: Uint32Array.from([postingCode(3, false), postingCode(1, false)]) },
      ],
      (doc) => (doc === 7 ? -1 : doc * 10),
    );
    expect(matches.get(10)).toEqual({ weight: FIELD_WEIGHTS.lead, words: ['loutre', 'loutres'] });
    expect(matches.get(30)).toEqual({ weight: FIELD_WEIGHTS.body * MATCH_KINDS.prefix, words: ['loutres'] });
    expect(matches.has(70)).toBe(false);
  });
});
