import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDb, DB_NAME, DB_VERSION, openLibrary, storageUsage } from '../../lib/storage/database';
import {
  deleteArticle,
  findArticleByUrl,
  getArticle,
  getArticleBody,
  getArticleImages,
  listArticles,
  restoreArticle,
  snapshotArticleAt,
  writeArticle,
} from '../../lib/storage/articles';
import { toDbFailure } from '../../lib/storage/transactions';
import type { SaveInput } from '../../lib/storage/schema';
import { aBlob, anExtraction } from '../support/fixtures';

function input(overrides: Partial<SaveInput> = {}): SaveInput {
  return {
    extraction: anExtraction(),
    pageUrl: 'https://news.example/article?utm_source=x',
    images: [
      { key: 'https://news.example/a.png', blob: aBlob(), type: 'image/png', sourceUrl: 'https://news.example/a.png' },
    ],
    missingImageCount: 1,
    ...overrides,
  };
}

async function saved(data: SaveInput = input()) {
  const result = await writeArticle(data);
  if (!result.ok) throw new Error(`save failed: ${result.reason} ${result.detail ?? ''}`);
  return result;
}

async function countAll(): Promise<{ articles: number; bodies: number; images: number }> {
  const db = await openDB(DB_NAME, DB_VERSION);
  const counts = {
    articles: await db.count('articles'),
    bodies: await db.count('bodies'),
    images: await db.count('images'),
  };
  db.close();
  return counts;
}

// The v1 → v2 upgrade of a Library with data is tested in tests/db/library-upgrade.test.ts.
describe('lib/storage', () => {
  beforeEach(() => {
    closeDb();
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(() => vi.restoreAllMocks());

  it('creates the v1 stores and indexes', async () => {
    await openLibrary();
    closeDb();
    const db = await openDB(DB_NAME, DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['articles', 'bodies', 'images']));
    const tx = db.transaction(['articles', 'images']);
    expect([...tx.objectStore('articles').indexNames]).toEqual(
      expect.arrayContaining(['by-url', 'by-page-url', 'by-savedAt']),
    );
    expect(tx.objectStore('articles').index('by-url').unique).toBe(true);
    expect(tx.objectStore('images').keyPath).toEqual(['articleId', 'key']);
    db.close();
  });

  it('saves metadata, body and images apart, and finds the article by either address', async () => {
    const { article, created } = await saved();

    expect(created).toBe(true);
    expect(article).toMatchObject({ url: 'https://news.example/article', imageCount: 1, missingImageCount: 1 });
    expect(article).not.toHaveProperty('html');
    expect((await getArticleBody(article.id))?.text).toBe('Calm words.');
    expect([...(await getArticleImages(article.id)).keys()]).toEqual(['https://news.example/a.png']);
    expect((await findArticleByUrl('https://news.example/article#comments'))?.id).toBe(article.id);
    expect((await findArticleByUrl('https://news.example/article?utm_source=x'))?.id).toBe(article.id);
    expect(await findArticleByUrl('https://news.example/other')).toBeUndefined();
  });

  it('updates the article when the same URL is saved again: same id and savedAt, new content', async () => {
    const first = await saved();
    vi.spyOn(Date, 'now').mockReturnValue(first.article.savedAt + 60_000);

    const second = await saved(
      input({
        extraction: anExtraction({ title: 'Updated', text: 'New words.' }),
        images: [
          {
            key: 'https://news.example/c.png',
            blob: aBlob('c'),
            type: 'image/png',
            sourceUrl: 'https://news.example/c.png',
          },
        ],
      }),
    );

    expect(second.created).toBe(false);
    expect(second.article).toMatchObject({ id: first.article.id, savedAt: first.article.savedAt, title: 'Updated' });
    expect(second.article.updatedAt).toBe(first.article.savedAt + 60_000);
    expect(await listArticles()).toHaveLength(1);
    expect((await getArticleBody(first.article.id))?.text).toBe('New words.');
    expect([...(await getArticleImages(first.article.id)).keys()]).toEqual(['https://news.example/c.png']);
  });

  it('lists newest saves first', async () => {
    const now = vi.spyOn(Date, 'now');
    now.mockReturnValue(1_000);
    await saved(input({ extraction: anExtraction({ url: 'https://a.example/1' }), pageUrl: 'https://a.example/1' }));
    now.mockReturnValue(2_000);
    await saved(input({ extraction: anExtraction({ url: 'https://a.example/2' }), pageUrl: 'https://a.example/2' }));

    expect((await listArticles()).map((a) => a.url)).toEqual(['https://a.example/2', 'https://a.example/1']);
  });

  it('deletes an article with its body and images, and Undo restores all of it', async () => {
    const { article } = await saved();

    const removed = await deleteArticle(article.id);
    expect(removed.ok).toBe(true);
    expect(await countAll()).toEqual({ articles: 0, bodies: 0, images: 0 });
    expect(await deleteArticle(article.id)).toEqual({ ok: false, reason: 'not-found' });

    if (!removed.ok) throw new Error('unreachable');
    expect(await restoreArticle(removed.snapshot)).toMatchObject({ ok: true, item: { id: article.id } });
    expect(await getArticle(article.id)).toEqual(article);
    expect(await countAll()).toEqual({ articles: 1, bodies: 1, images: 1 });
  });

  it('puts back the version saved before an update (Undo), its body and images, none of the new ones', async () => {
    const { article } = await saved();
    const before = await snapshotArticleAt(anExtraction().url);
    expect(before?.article).toEqual(article);
    await saved(
      input({
        extraction: anExtraction({ title: 'Rewritten', text: 'Rewritten text' }),
        images: [
          {
            key: 'https://news.example/new.png',
            blob: aBlob(),
            type: 'image/png',
            sourceUrl: 'https://news.example/new.png',
          },
        ],
      }),
    );

    expect(await restoreArticle(before!)).toMatchObject({ ok: true });

    expect(await getArticle(article.id)).toEqual(article);
    expect((await getArticleBody(article.id))?.text).toBe(before!.body!.text);
    expect([...(await getArticleImages(article.id)).keys()]).toEqual(['https://news.example/a.png']);
    expect(await countAll()).toEqual({ articles: 1, bodies: 1, images: 1 });
  });

  it('writes nothing when a save fails half-way (one transaction)', async () => {
    const broken = input({
      images: [
        {
          key: 'https://news.example/a.png',
          blob: aBlob(),
          type: 'image/png',
          sourceUrl: 'https://news.example/a.png',
        },
        // A function cannot be stored: the second image put throws DataCloneError mid-save.
        { key: 'https://news.example/b.png', blob: (() => 0) as unknown as Blob, type: 'image/png', sourceUrl: 'x' },
      ],
    });

    const result = await writeArticle(broken);

    expect(result).toMatchObject({ ok: false, reason: 'save-failed' });
    expect(await countAll()).toEqual({ articles: 0, bodies: 0, images: 0 });
  });

  it('keeps the previous version intact when re-saving fails', async () => {
    const { article } = await saved();
    const broken = input({
      extraction: anExtraction({ text: 'Lost words.' }),
      images: [{ key: 'k', blob: (() => 0) as unknown as Blob, type: 'image/png', sourceUrl: 'k' }],
    });

    expect((await writeArticle(broken)).ok).toBe(false);
    expect((await getArticleBody(article.id))?.text).toBe('Calm words.');
    expect((await getArticleImages(article.id)).size).toBe(1);
  });

  it('maps a full disk to reason "quota", with nothing written', async () => {
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'images') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });

    expect(await writeArticle(input())).toMatchObject({ ok: false, reason: 'quota' });
    vi.restoreAllMocks();
    expect(await countAll()).toEqual({ articles: 0, bodies: 0, images: 0 });
  });

  it('reports a Library written by a newer Liseuse instead of crashing, and leaves it untouched', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      upgrade(db) {
        void db.createObjectStore('fromTheFuture').put({ kept: true }, 'record');
      },
    });
    newer.close();

    await expect(openLibrary()).rejects.toMatchObject({ name: 'VersionError' });
    expect(await writeArticle(input())).toMatchObject({ ok: false, reason: 'newer-database' });
    const after = await openDB(DB_NAME);
    expect({
      version: after.version,
      stores: [...after.objectStoreNames],
      record: await after.get('fromTheFuture', 'record'),
    }).toEqual({ version: DB_VERSION + 1, stores: ['fromTheFuture'], record: { kept: true } });
    after.close();
  });

  it('keeps one article when the same page is saved twice at once', async () => {
    const results = await Promise.all([writeArticle(input()), writeArticle(input()), writeArticle(input())]);
    expect(results.map((result) => result.ok)).toEqual([true, true, true]);
    expect(results.filter((result) => result.ok && result.created)).toHaveLength(1);
    expect(await countAll()).toEqual({ articles: 1, bodies: 1, images: 1 });
  });

  it('maps errors by name, and reports storage usage', async () => {
    expect(toDbFailure(new DOMException('x', 'VersionError')).reason).toBe('newer-database');
    expect(toDbFailure(new Error('disk')).reason).toBe('save-failed');
    // A full disk, whatever the browser calls it, is "quota": the reader frees space either way.
    expect(toDbFailure(new DOMException('Failed to write blobs.', 'DataError')).reason).toBe('quota');
    expect(toDbFailure(new DOMException('Internal error: No space left on device', 'UnknownError')).reason).toBe(
      'quota',
    );
    expect(toDbFailure(new DOMException('NS_ERROR_FILE_NO_DEVICE_SPACE', 'UnknownError')).reason).toBe('quota');
    expect(toDbFailure(new DOMException('Key already exists', 'ConstraintError')).reason).toBe('save-failed');
    expect(await storageUsage()).toEqual(expect.objectContaining({ usage: expect.any(Number) }));
  });
});
