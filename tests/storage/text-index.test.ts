import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeDb, openLibrary } from '../../lib/storage/database';
import { deleteArticle, restoreArticle } from '../../lib/storage/articles';
import { importArticles } from '../../lib/storage/library';
import { findInText, findInTextIfComplete, MAX_PREFIX_ENTRIES } from '../../lib/storage/text-index';
import { bucketOf } from '../../lib/search/text-blocks';
import { mergeTextSegments, MERGE_FACTOR, segmentsToMerge } from '../../lib/storage/text-build';
import { createLibrarySearch } from '../../lib/library/library-search';
import { LEAD_TERMS, textTermsOf } from '../../lib/search/text-terms';
import { saveArticle } from '../support/save-article';

/** A text whose last sentence comes after the lead (the first LEAD_TERMS distinct words). */
const deepText = (ending: string) =>
  `${Array.from({ length: LEAD_TERMS + 50 }, (_, i) => `mot${i}`).join(' ')} ${ending}`;

const search = async (query: string) => createLibrarySearch().search(query);
const found = async (query: string) => (await search(query)).map((hit) => hit.id).sort();

describe('full-text index in IndexedDB', () => {
  beforeEach(() => {
    closeDb();
    globalThis.indexedDB = new IDBFactory();
  });

  it('indexes every distinct word, folded, without stop words or single letters', () => {
    expect(textTermsOf('The Élève, l’élève et LE PROFESSEUR: the end.')).toEqual([
      'eleve',
      'et',
      'le',
      'professeur',
      'end',
    ]);
    expect(textTermsOf(deepText('Salamandre'))).toHaveLength(LEAD_TERMS + 51);
  });

  it('finds a word deep in an article, past its lead', async () => {
    const a = await saveArticle('https://ex.fr/a', 'Un long essai', deepText('Une salamandre dort sous la pierre.'));
    await saveArticle('https://ex.fr/b', 'Autre chose', 'Rien à voir.');
    expect(await found('salamandre')).toEqual([a.id]);
    const [hit] = await search('salamandre');
    expect(hit?.terms).toContain('salamandre');
  });

  it('matches deep words without accents or case, and as prefixes from three letters', async () => {
    const a = await saveArticle('https://ex.fr/a', 'Un long essai', deepText('Les ÉLÈVES préparent la thèse.'));
    expect(await found('eleves')).toEqual([a.id]);
    expect(await found('Élèves')).toEqual([a.id]);
    expect(await found('prepa')).toEqual([a.id]);
    expect(await found('pr')).toEqual([]);
    const [hit] = await search('prep');
    expect(hit?.terms).toContain('preparent');
  });

  it('requires every word, in the title or anywhere in the text, and ranks title matches first', async () => {
    const a = await saveArticle('https://ex.fr/a', 'Jardins de Paris', deepText('Une salamandre dort sous la pierre.'));
    const b = await saveArticle('https://ex.fr/b', 'Jardins de Lyon', 'Des tomates au balcon.');
    expect(await found('jardins')).toEqual([a.id, b.id].sort());
    expect(await found('paris salamandre')).toEqual([a.id]);
    expect(await found('lyon salamandre')).toEqual([]);
    const c = await saveArticle('https://ex.fr/c', 'La salamandre', 'Un amphibien.');
    expect((await search('salamandre')).map((hit) => hit.id)).toEqual([c.id, a.id]);
  });

  it('ranks a word of the lead above the same word deep in another text', async () => {
    const deep = await saveArticle('https://ex.fr/deep', 'Un', deepText('Le castor construit.'));
    const lead = await saveArticle('https://ex.fr/lead', 'Deux', 'Le castor construit un barrage.');
    expect((await search('castor')).map((hit) => hit.id)).toEqual([lead.id, deep.id]);
  });

  it('tolerates a typo in titles, sites and tags', async () => {
    const a = await saveArticle('https://ex.fr/a', 'La bibliothèque municipale', 'Des livres.');
    expect(await found('bibliotheqe')).toEqual([a.id]);
    expect(await found('municpale')).toEqual([a.id]);
  });

  it('keeps search in step with saves, edits and deletes', async () => {
    const a = await saveArticle('https://ex.fr/a', 'Un long essai', deepText('Une salamandre dort sous la pierre.'));
    await saveArticle('https://ex.fr/a', 'Un long essai', deepText('Un hérisson traverse le jardin.'));
    expect(await found('salamandre')).toEqual([]);
    expect(await found('herisson')).toEqual([a.id]);

    const removed = await deleteArticle(a.id);
    if (!removed.ok) throw new Error(removed.reason);
    expect(await found('herisson')).toEqual([]);
    await restoreArticle(removed.snapshot);
    expect(await found('herisson')).toEqual([a.id]);
  });

  it('caps how many longer words a prefix reads, never the word typed itself', async () => {
    // One entry per word: more words starting with "chaa" than a prefix reads, all before "chat".
    const many = Array.from({ length: MAX_PREFIX_ENTRIES + 100 }, (_, i) => `chaa${i}`).join(' ');
    const a = await saveArticle('https://ex.fr/a', 'Un glossaire', many);
    const b = await saveArticle('https://ex.fr/b', 'Autre chose', deepText('Le chat dort.'));
    expect(await found('cha')).toEqual([a.id]);
    expect(await found('chat')).toEqual([b.id]);
  });

  it('writes an import batch as one segment, and a new import makes the old postings dead', async () => {
    const snapshot = (i: number, text: string) => ({
      article: { id: `id${i}`, url: `https://ex.fr/${i}`, title: `Article ${i}`, siteName: null, tags: [], savedAt: i },
      body: { articleId: `id${i}`, text },
      images: [],
    });
    await importArticles([snapshot(1, deepText('Une chouette rare.')), snapshot(2, 'Une chouette commune.')] as never);
    expect(await found('chouette')).toEqual(['id1', 'id2']);
    const db = await openLibrary();
    // One record per bucket (first two letters) of the batch's words, not per word or per article.
    expect(await db.count('textPostings')).toBe(
      new Set(textTermsOf(`${deepText('Une chouette rare.')} commune`).map(bucketOf)).size,
    );
    expect(await db.count('textSegments')).toBe(1);

    await importArticles([snapshot(1, 'Un hibou.')] as never);
    expect(await found('chouette')).toEqual(['id2']);
    expect(await found('hibou')).toEqual(['id1']);
    expect(await found('rare')).toEqual([]);
  });

  it('merges small segments into one, dropping the postings of deleted and re-saved articles', async () => {
    const saved = [];
    for (let i = 0; i < MERGE_FACTOR; i += 1)
      saved.push(await saveArticle(`https://ex.fr/${i}`, `Article ${i}`, `Une loutre numéro ${i}.`));
    await saveArticle('https://ex.fr/0', 'Article 0', 'Un castor.');
    const removed = await deleteArticle(saved[1]!.id);
    expect(removed.ok).toBe(true);
    const db = await openLibrary();
    expect(await db.count('textSegments')).toBe(MERGE_FACTOR + 1);

    // Merged before any search: a search starts the index's background work, which merges too.
    expect(await mergeTextSegments()).toBe(true);
    expect(await db.count('textSegments')).toBe(2);
    expect(await found('loutre')).toEqual(
      saved
        .slice(2)
        .map((article) => article.id)
        .sort(),
    );
    // The merged lists hold live articles only.
    const [loutre] = await findInText(['loutre']);
    expect(loutre!.map((postings) => postings.docs.length)).toEqual([MERGE_FACTOR - 2]);
    expect(await mergeTextSegments()).toBe(false);
  });

  it('reads postings and whether any article waits to be indexed in one go: none when one does', async () => {
    await saveArticle('https://ex.fr/a', 'Un essai', 'Une loutre nage.');
    const [complete] = (await findInTextIfComplete(['loutre']))!;
    expect(complete!.map((postings) => postings.word)).toEqual(['loutre']);

    await (await openLibrary()).put('textPending', { articleId: 'waiting' });

    expect(await findInTextIfComplete(['loutre'])).toBeNull();
    expect(await findInText(['loutre'])).toEqual([complete]);
  });

  it('merges a tier once it has MERGE_FACTOR segments, smallest tier first, never large segments', () => {
    const small = Array.from({ length: MERGE_FACTOR }, (_, i) => ({ segment: i, docs: 1 }));
    expect(segmentsToMerge(small.slice(1))).toEqual([]);
    expect(segmentsToMerge([...small, { segment: 99, docs: 500 }])).toEqual(small.map((s) => s.segment));
    const large = Array.from({ length: MERGE_FACTOR }, (_, i) => ({ segment: i, docs: 9_000 }));
    expect(segmentsToMerge(large)).toEqual([]);
  });
});
