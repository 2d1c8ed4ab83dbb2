import { describe, expect, it } from 'vitest';
import { bucketOf, listAt, listsFor, packByBucket, unpack } from '../../lib/search/text-blocks';

const lists = new Map([
  ['loutre', Uint32Array.from([2, 4])],
  ['loup', Uint32Array.from([6])],
  ['loutres', Uint32Array.from([8, 10, 12])],
  ['lu', Uint32Array.from([14])],
  ['castor', Uint32Array.from([16])],
]);

describe('posting lists packed by bucket', () => {
  it('groups words by their first two letters, sorted, and gives each list back', () => {
    const packed = packByBucket(lists);
    expect([...packed.keys()].sort()).toEqual(['ca', 'lo', 'lu']);
    const lo = packed.get('lo')!;
    expect(lo.terms).toEqual(['loup', 'loutre', 'loutres']);
    expect([...listAt(lo, 2)]).toEqual([8, 10, 12]);
    expect(unpack(lo)).toEqual(new Map([...lists].filter(([term]) => bucketOf(term) === 'lo')));
  });

  it('reads a word and the longer words it begins, up to a number of entries of those', () => {
    const lo = packByBucket(lists).get('lo')!;
    expect(listsFor(lo, 'loutre', true, { entries: 100 }).map((found) => [found.word, found.exact])).toEqual([
      ['loutre', true],
      ['loutres', false],
    ]);
    expect(listsFor(lo, 'loutre', false, { entries: 100 }).map((found) => found.word)).toEqual(['loutre']);
    expect(listsFor(lo, 'lou', true, { entries: 1 }).map((found) => found.word)).toEqual(['loup']);
    expect(listsFor(lo, 'lion', true, { entries: 100 })).toEqual([]);
  });
});
