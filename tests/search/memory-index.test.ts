import { describe, expect, it } from 'vitest';
import {
  applyOps,
  createSearchIndex,
  MAX_TEXT_TERMS,
  putDoc,
  removeDoc,
  restoreIndex,
  searchDocOf,
  searchIndex,
  serializeIndex,
} from '../../lib/search/memory-index';
import { distinctTerms } from '../../lib/search/terms';
import { foldText } from '../../lib/shared/text';

const doc = (id: string, title: string, text = '', tags: string[] = [], siteName: string | null = null) =>
  searchDocOf({ id, title, siteName, url: `https://${id}.example/article`, tags }, text);

function library() {
  const index = createSearchIndex();
  putDoc(
    index,
    doc(
      'fr',
      'Un élève brillant à l’École normale',
      'Le professeur félicite l’élève pour sa thèse.',
      ['Éducation'],
      'Le Monde',
    ),
  );
  putDoc(
    index,
    doc('en', 'Gardening in small spaces', 'Tomatoes grow well on a sunny balcony.', ['garden'], 'The Guardian'),
  );
  putDoc(index, doc('ar', 'مقال عن القراءة', 'القراءة الهادئة مفيدة للجميع', [], null));
  return index;
}

const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id);

describe('search index', () => {
  it('folds accents and case, so "eleve" finds "Élève"', () => {
    expect(foldText('Élève ÉCOLE Noël')).toBe('eleve ecole noel');
    expect(ids(searchIndex(library(), 'eleve'))).toEqual(['fr']);
    expect(ids(searchIndex(library(), 'ELEVE'))).toEqual(['fr']);
    expect(ids(searchIndex(library(), 'école'))).toEqual(['fr']);
  });

  it('matches prefixes while the reader types, from three letters', () => {
    const index = library();
    expect(ids(searchIndex(index, 'el'))).toEqual([]);
    expect(ids(searchIndex(index, 'ele'))).toEqual(['fr']);
    expect(ids(searchIndex(index, 'balc'))).toEqual(['en']);
    expect(ids(searchIndex(index, 'gard'))).toEqual(['en']);
  });

  it('searches titles, sites, tags and article text, all words required', () => {
    const index = library();
    expect(ids(searchIndex(index, 'guardian'))).toEqual(['en']);
    expect(ids(searchIndex(index, 'education'))).toEqual(['fr']);
    expect(ids(searchIndex(index, 'tomatoes'))).toEqual(['en']);
    expect(ids(searchIndex(index, 'these professeur'))).toEqual(['fr']);
    expect(ids(searchIndex(index, 'tomatoes professeur'))).toEqual([]);
    expect(ids(searchIndex(index, 'القراءة'))).toEqual(['ar']);
  });

  it('tolerates one typo in longer words', () => {
    expect(ids(searchIndex(library(), 'tomatos'))).toEqual(['en']);
  });

  it('returns the folded index terms each hit matched, for highlighting', () => {
    const [hit] = searchIndex(library(), 'elev');
    expect(hit?.terms).toContain('eleve');
  });

  it('replaces and removes documents, and replays journaled changes idempotently', () => {
    const index = library();
    putDoc(index, doc('en', 'Cooking for friends', 'Soup and bread.'));
    expect(ids(searchIndex(index, 'tomatoes'))).toEqual([]);
    expect(ids(searchIndex(index, 'soup'))).toEqual(['en']);
    removeDoc(index, 'en');
    removeDoc(index, 'en');
    expect(ids(searchIndex(index, 'soup'))).toEqual([]);
    const ops = [
      { op: 'put', doc: doc('x', 'Chess openings') },
      { op: 'remove', id: 'fr' },
    ] as const;
    applyOps(index, ops);
    applyOps(index, ops);
    expect(ids(searchIndex(index, 'chess'))).toEqual(['x']);
    expect(ids(searchIndex(index, 'eleve'))).toEqual([]);
    expect(index.documentCount).toBe(2);
  });

  it('survives serialization', async () => {
    const restored = await restoreIndex(serializeIndex(library()));
    expect(ids(searchIndex(restored, 'eleve'))).toEqual(['fr']);
    putDoc(restored, doc('y', 'Élève encore'));
    expect(ids(searchIndex(restored, 'eleve')).sort()).toEqual(['fr', 'y']);
  });

  it('indexes at most MAX_TEXT_TERMS distinct words of the text, without stop words', () => {
    const words = Array.from({ length: MAX_TEXT_TERMS + 50 }, (_, i) => `word${i}`);
    const terms = distinctTerms(`The and ${words.join(' ')} ${words.join(' ')}`, MAX_TEXT_TERMS);
    expect(terms).toHaveLength(MAX_TEXT_TERMS);
    expect(terms).not.toContain('the');
    expect(terms[0]).toBe('word0');
  });
});
