import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeDb, DB_NAME, DB_VERSION, openLibrary } from '../../lib/storage/database';
import { createV1 } from '../../lib/storage/migrations/v1';
import { upgradeToV2 } from '../../lib/storage/migrations/v2';
import { getArticle, listArticles, writeArticle } from '../../lib/storage/articles';
import { listFirstItems, listLibraryItems } from '../../lib/storage/library-items';
import { countPendingTexts } from '../../lib/storage/text-index';
import type { LiseuseDB } from '../../lib/storage/schema';
import { createLibrarySearch } from '../../lib/library/library-search';
import { MAX_TEXT_TERMS } from '../../lib/search/memory-index';
import { makeExtraction } from '../support/make-extraction';

/** Version 1 exactly as it shipped (lib/storage/migrations/v1.ts, step `oldVersion < 1`), written out on purpose. */
async function createV1Library(): Promise<void> {
  const db = await openDB(DB_NAME, 1, {
    upgrade(v1) {
      const articles = v1.createObjectStore('articles', { keyPath: 'id' });
      articles.createIndex('by-url', 'url', { unique: true });
      articles.createIndex('by-page-url', 'pageUrl');
      articles.createIndex('by-savedAt', 'savedAt');
      v1.createObjectStore('bodies', { keyPath: 'articleId' });
      const images = v1.createObjectStore('images', { keyPath: ['articleId', 'key'] });
      images.createIndex('by-article', 'articleId');
    },
  });
  const v1Article = (id: string, url: string, title: string, savedAt: number) => ({
    id,
    url,
    pageUrl: url,
    title,
    byline: null,
    siteName: 'Le Monde',
    lang: 'fr',
    dir: 'ltr',
    publishedTime: null,
    excerpt: null,
    leadImage: null,
    wordCount: 900,
    readingMinutes: 4,
    savedAt,
    updatedAt: savedAt,
    imageCount: 1,
    missingImageCount: 0,
  });
  const tx = db.transaction(['articles', 'bodies', 'images'], 'readwrite');
  await tx.objectStore('articles').put(v1Article('a1', 'https://lemonde.fr/eleves', 'La rentrée des élèves', 1000));
  await tx.objectStore('articles').put(v1Article('a2', 'https://lemonde.fr/jardin', 'Un jardin en ville', 2000));
  // "salamandre" comes after more distinct words than the in-memory index keeps: only the
  // full-text postings built by the upgrade find it.
  const filler = Array.from({ length: MAX_TEXT_TERMS + 20 }, (_, i) => `mot${i}`).join(' ');
  const text = `Les professeurs accueillent les lycéens. ${filler} Une salamandre dans la cour.`;
  await tx.objectStore('bodies').put({ articleId: 'a1', html: '<p>x</p>', text, markdown: '' });
  await tx
    .objectStore('bodies')
    .put({ articleId: 'a2', html: '<p>x</p>', text: 'Tomates et basilic sur le balcon.', markdown: '' });
  await tx.objectStore('images').put({
    articleId: 'a1',
    key: 'https://img/1.jpg',
    blob: new Blob(['12345']),
    type: 'image/jpeg',
    sourceUrl: 'https://img/1.jpg',
  });
  await tx.done;
  db.close();
}

describe('Library database upgrade', () => {
  beforeEach(() => {
    closeDb();
    globalThis.indexedDB = new IDBFactory();
  });

  it('is at version 4', () => {
    expect(DB_VERSION).toBe(4);
  });

  it('upgrades a v1 Library with data: defaults, indexes, and search indexes built from the bodies', async () => {
    await createV1Library();

    const migrated = await getArticle('a1');
    expect(migrated).toMatchObject({
      title: 'La rentrée des élèves',
      archived: false,
      favorite: false,
      tags: [],
      progress: 0,
    });
    expect(migrated).not.toHaveProperty('readAt');
    expect((await listArticles()).map((a) => a.id)).toEqual(['a2', 'a1']);

    const db = await openLibrary();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(
      expect.arrayContaining(['highlights', 'notes', 'detachedNotes', 'libraryItems', 'textPostings']),
    );
    expect([...db.transaction('articles').store.indexNames].sort()).toEqual([
      'by-page-url',
      'by-savedAt',
      'by-site',
      'by-tag',
      'by-url',
    ]);
    expect(await db.count('images')).toBe(1);

    const search = createLibrarySearch();
    expect((await search.search('eleves')).map((hit) => hit.id)).toEqual(['a1']);
    expect((await search.search('lyceens')).map((hit) => hit.id)).toEqual(['a1']);
    expect((await search.search('balc')).map((hit) => hit.id)).toEqual(['a2']);
    expect((await search.search('Salamandre')).map((hit) => hit.id)).toEqual(['a1']);
    expect([...db.objectStoreNames]).not.toContain('articleTerms');
  });

  it('upgrades a v2 Library with data: list records at once, the text indexed after, old search stores gone', async () => {
    await createV1Library();
    // The v2 Library exactly as the shipped steps leave it, with a reader's state on one article.
    const v2 = await openDB<LiseuseDB>(DB_NAME, 2, {
      upgrade: (v2db, oldVersion, _newVersion, tx) => {
        if (oldVersion < 1) createV1(v2db);
        void upgradeToV2(v2db, tx);
      },
    });
    const a1 = await v2.get('articles', 'a1');
    await v2.put('articles', { ...a1!, archived: true, tags: ['École'], progress: 0.4, readAt: 7 });
    expect(await v2.count('textTerms')).toBeGreaterThan(0);
    v2.close();

    const db = await openLibrary();
    expect(db.version).toBe(DB_VERSION);
    for (const gone of ['searchIndex', 'textTerms', 'articleTerms'])
      expect([...db.objectStoreNames]).not.toContain(gone);
    expect(await listLibraryItems()).toEqual([
      expect.objectContaining({
        id: 'a2',
        title: 'Un jardin en ville',
        siteName: 'Le Monde',
        shelf: 'reading',
        thumbnail: null,
        textDoc: null,
      }),
      expect.objectContaining({
        id: 'a1',
        archived: true,
        shelf: 'archive',
        tags: ['École'],
        progress: 0.4,
        readAt: 7,
        textDoc: null,
      }),
    ]);
    expect((await listFirstItems(5)).map((item) => item.id)).toEqual(['a2']);
    expect(await countPendingTexts()).toBe(2);
    expect(await getArticle('a1')).toMatchObject({ archived: true, readingMinutes: 4 });
    expect(await db.count('images')).toBe(1);

    // Titles answer at once; the text is searchable once the pending articles are indexed.
    const search = createLibrarySearch();
    expect((await search.search('Salamandre')).map((hit) => hit.id)).toEqual(['a1']);
    expect((await search.search('ecole')).map((hit) => hit.id)).toEqual(['a1']);
    expect(await countPendingTexts()).toBe(0);
    expect((await listLibraryItems()).every((item) => item.textDoc !== null)).toBe(true);
  });

  it('creates a fresh Library where saving works and is searchable', async () => {
    const saved = await writeArticle({
      extraction: makeExtraction('https://ex.fr/a', 'Noël à la montagne', 'Skier en famille.'),
      pageUrl: 'https://ex.fr/a',
      images: [],
      missingImageCount: 0,
    });
    expect(saved.ok && saved.article).toMatchObject({ archived: false, tags: [], progress: 0 });
    expect((await createLibrarySearch().search('noel')).length).toBe(1);
  });

  it('leaves the v1 Library untouched when the upgrade fails', async () => {
    await createV1Library();
    const db = await openDB(DB_NAME, 1);
    const tx = db.transaction('bodies', 'readwrite');
    // A body that is not an object makes the migration throw while building the search index.
    await tx.store.put({ articleId: 'a1', text: { not: 'text' } } as never);
    await tx.done;
    db.close();

    await expect(getArticle('a1')).rejects.toThrow();
    closeDb();
    const after = await openDB(DB_NAME);
    expect(after.version).toBe(1);
    expect(await after.get('articles', 'a1')).not.toHaveProperty('archived');
    after.close();
  });
});
