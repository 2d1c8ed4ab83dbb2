import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeDb, openLibrary } from '../../lib/storage/database';
import { deleteArticle, restoreArticle, writeArticle } from '../../lib/storage/articles';
import { importArticles } from '../../lib/storage/library';
import { searchText } from '../../lib/storage/search-store';
import { createLibrarySearch } from '../../lib/library/library-search';
import { MAX_TEXT_TERMS } from '../../lib/search/memory-index';
import { MAX_PREFIX_POSTINGS } from '../../lib/storage/postings';
import { distinctTerms } from '../../lib/search/terms';
import { makeExtraction } from '../support/make-extraction';

/** A text whose last sentence comes after more distinct words than the in-memory index keeps. */
const deepText = (ending: string) =>
  `${Array.from({ length: MAX_TEXT_TERMS + 50 }, (_, i) => `mot${i}`).join(' ')} ${ending}`;

async function save(url: string, title: string, text: string) {
  const result = await writeArticle({ extraction: makeExtraction(url, title, text), pageUrl: url, images: [], missingImageCount: 0 });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

const search = async (query: string) => createLibrarySearch().search(query);
const found = async (query: string) => (await search(query)).map((hit) => hit.id).sort();

describe('full-text postings in IndexedDB', () => {
  beforeEach(() => {
    closeDb();
    globalThis.indexedDB = new IDBFactory();
  });

  it('indexes every distinct word, folded, without stop words or single letters', () => {
    expect(distinctTerms('The Élève, l’élève et LE PROFESSEUR: the end.')).toEqual(['eleve', 'et', 'le', 'professeur', 'end']);
    expect(distinctTerms(deepText('Salamandre'))).toHaveLength(MAX_TEXT_TERMS + 51);
  });

  it('finds a word deep in an article, past the words the in-memory index keeps', async () => {
    const a = await save('https://ex.fr/a', 'Un long essai', deepText('Une salamandre dort sous la pierre.'));
    await save('https://ex.fr/b', 'Autre chose', 'Rien à voir.');
    expect(await found('salamandre')).toEqual([a.id]);
    const [hit] = await search('salamandre');
    expect(hit?.terms).toContain('salamandre');
  });

  it('matches deep words without accents or case, and as prefixes from three letters', async () => {
    const a = await save('https://ex.fr/a', 'Un long essai', deepText('Les ÉLÈVES préparent la thèse.'));
    expect(await found('eleves')).toEqual([a.id]);
    expect(await found('Élèves')).toEqual([a.id]);
    expect(await found('prepa')).toEqual([a.id]);
    expect(await found('pr')).toEqual([]);
    const [hit] = await search('prep');
    expect(hit?.terms).toContain('preparent');
  });

  it('requires every word, in the title or anywhere in the text', async () => {
    const a = await save('https://ex.fr/a', 'Jardins de Paris', deepText('Une salamandre dort sous la pierre.'));
    const b = await save('https://ex.fr/b', 'Jardins de Lyon', 'Des tomates au balcon.');
    expect(await found('jardins')).toEqual([a.id, b.id].sort());
    expect(await found('paris salamandre')).toEqual([a.id]);
    expect(await found('lyon salamandre')).toEqual([]);
    // Title matches rank first: the title word scores, the text-only hit follows.
    const c = await save('https://ex.fr/c', 'La salamandre', 'Un amphibien.');
    expect((await search('salamandre')).map((hit) => hit.id)).toEqual([c.id, a.id]);
  });

  it('keeps the postings in step with saves, edits and deletes', async () => {
    const a = await save('https://ex.fr/a', 'Un long essai', deepText('Une salamandre dort sous la pierre.'));
    await save('https://ex.fr/a', 'Un long essai', deepText('Un hérisson traverse le jardin.'));
    expect(await found('salamandre')).toEqual([]);
    expect(await found('herisson')).toEqual([a.id]);

    const removed = await deleteArticle(a.id);
    if (!removed.ok) throw new Error(removed.reason);
    expect(await found('herisson')).toEqual([]);
    expect(await searchText(['mot1'])).toEqual([new Map()]);
    const db = await openLibrary();
    expect(await db.count('textTerms')).toBe(0);
    expect(await db.count('articleTerms')).toBe(0);

    await restoreArticle(removed.snapshot);
    expect(await found('herisson')).toEqual([a.id]);
  });

  it('caps how many longer words a prefix reads, never the word typed itself', async () => {
    // One record per word: more words starting with "chaa" than a prefix reads, all before "chat".
    const many = Array.from({ length: MAX_PREFIX_POSTINGS + 100 }, (_, i) => `chaa${i}`).join(' ');
    const a = await save('https://ex.fr/a', 'Un glossaire', many);
    const b = await save('https://ex.fr/b', 'Autre chose', deepText('Le chat dort.'));
    expect(await found('cha')).toEqual([a.id]);
    expect(await found('chat')).toEqual([b.id]);
  });

  it('writes an import batch as one segment, and a new import replaces the old postings', async () => {
    const snapshot = (i: number, text: string) => ({
      article: { id: `id${i}`, url: `https://ex.fr/${i}`, title: `Article ${i}`, siteName: null, tags: [] },
      body: { articleId: `id${i}`, text },
      images: [],
    });
    await importArticles([snapshot(1, deepText('Une chouette rare.')), snapshot(2, 'Une chouette commune.')] as never);
    expect(await found('chouette')).toEqual(['id1', 'id2']);
    const db = await openLibrary();
    // One record per distinct term of the batch, not per (term, article).
    expect(await db.count('textTerms')).toBe(distinctTerms(`${deepText('Une chouette rare.')} commune`).length);

    await importArticles([snapshot(1, 'Un hibou.')] as never);
    expect(await found('chouette')).toEqual(['id2']);
    expect(await found('hibou')).toEqual(['id1']);
    expect(await found('rare')).toEqual([]);
  });
});
