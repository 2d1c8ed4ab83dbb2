import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { upgradeToV2 } from './migrations/v2';
import { libraryStateOf, NEW_ARTICLE_STATE, type LibraryState } from '../shared/library-state';
import { searchDocOf, type SearchOp } from '../search/memory-index';
import { removeTextPostings, writeTextPostings } from './postings';
import type {
  Article, ArticleBody, ArticleSnapshot, DbFailure, ImageInput, LiseuseDB, SaveInput, SaveResult,
} from './schema';

export type {
  Article, ArticleBody, ArticleSnapshot, DbFailure, ImageInput, LiseuseDB, SaveInput, SaveResult,
  SearchIndexRecord, StoredImage,
} from './schema';

/**
 * The Library in IndexedDB. This is the ONLY module that opens IndexedDB, and only extension
 * pages, the background and the offscreen document import it (a content script would open the
 * web page's database instead).
 *
 * Metadata, bodies and images live in separate stores so that a list never loads a body or a
 * Blob. A save writes all three, the search journal and the full-text postings in ONE
 * transaction, so an article is never half-written and search never out of step.
 */

/** Name of the IndexedDB database. */
export const DB_NAME = 'liseuse';
/** Current schema version; bump it and add an `if (oldVersion < N)` step to change the schema. */
export const DB_VERSION = 2;

/**
 * Schema migrations. Steps are never edited once shipped: a later version only appends a new
 * `if (oldVersion < N)` step. Exported so tests (and the next version's tests) can run it.
 */
export function upgrade(
  db: IDBPDatabase<LiseuseDB>,
  oldVersion: number,
  tx: IDBPTransaction<LiseuseDB, StoreNames<LiseuseDB>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('by-url', 'url', { unique: true });
    articles.createIndex('by-page-url', 'pageUrl');
    articles.createIndex('by-savedAt', 'savedAt');
    db.createObjectStore('bodies', { keyPath: 'articleId' });
    const images = db.createObjectStore('images', { keyPath: ['articleId', 'key'] });
    images.createIndex('by-article', 'articleId');
  }
  if (oldVersion < 2) upgradeToV2(db, tx);
}

let dbPromise: Promise<IDBPDatabase<LiseuseDB>> | null = null;

/** The one connection to the Library (opened on first use); for lib/library-db.ts. */
export function openLibrary(): Promise<IDBPDatabase<LiseuseDB>> {
  dbPromise ??= openDB<LiseuseDB>(DB_NAME, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, tx),
    // A newer Liseuse (updated in another context) wants to upgrade: step aside, reopen later.
    blocking: () => closeDb(),
    terminated: () => {
      dbPromise = null;
    },
  }).catch((error: unknown) => {
    dbPromise = null;
    throw error;
  });
  return dbPromise;
}

/**
 * Records a change for the search index in the caller's transaction, so the index can never
 * miss a save or a delete; readers of the index replay these (lib/library-db.ts).
 */
export function journalSearchOp(
  tx: IDBPTransaction<LiseuseDB, StoreNames<LiseuseDB>[], 'readwrite'>,
  op: SearchOp,
): Promise<IDBValidKey> {
  return tx.objectStore('searchIndex').add(op);
}

/** Closes the connection (tests, upgrades); the next call reopens it. */
export function closeDb(): void {
  const pending = dbPromise;
  dbPromise = null;
  pending?.then((db) => db.close()).catch((error: unknown) => console.warn('Liseuse: close failed', error));
}

/** Maps a thrown storage error to a reason: quota, a newer database, or a generic failure. */
export function toDbFailure(error: unknown): DbFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (name === 'QuotaExceededError') return { ok: false, reason: 'quota', detail };
  // Opening with a lower version than stored (Liseuse was downgraded) throws VersionError.
  if (name === 'VersionError') return { ok: false, reason: 'newer-database', detail };
  return { ok: false, reason: 'save-failed', detail };
}

/** Normalizes an address for lookups: the fragment never changes which article a page is. */
export function normalizeUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

let persistRequested = false;

/** Asks once per context that the Library not be evicted under storage pressure. */
async function requestPersistence(): Promise<void> {
  if (persistRequested || !globalThis.navigator?.storage?.persist) return;
  persistRequested = true;
  if (await navigator.storage.persisted()) return;
  const granted = await navigator.storage.persist();
  if (!granted) console.info('Liseuse: persistent storage not granted; unlimitedStorage still applies');
}

function articleFrom(
  input: SaveInput, id: string, savedAt: number, now: number, state: LibraryState = NEW_ARTICLE_STATE,
): Article {
  const e = input.extraction;
  return {
    ...state,
    id, url: normalizeUrl(e.url), pageUrl: normalizeUrl(input.pageUrl), title: e.title, byline: e.byline,
    siteName: e.siteName, lang: e.lang, dir: e.dir, publishedTime: e.publishedTime, excerpt: e.excerpt,
    leadImage: e.leadImage, wordCount: e.wordCount, readingMinutes: e.readingMinutes, savedAt,
    updatedAt: now, imageCount: input.images.length, missingImageCount: input.missingImageCount,
  };
}

/**
 * Saves an article with its body and images in one transaction. Saving a URL already in the
 * Library updates that article (same id and savedAt, new content, new updatedAt) and replaces
 * its images. Download images BEFORE calling: a transaction cannot wait for the network.
 */
export async function saveArticle(input: SaveInput): Promise<SaveResult> {
  void requestPersistence().catch((error: unknown) => console.warn('Liseuse: persist() failed', error));
  return writeAll(async (tx) => {
    const articles = tx.objectStore('articles');
    const images = tx.objectStore('images');
    const now = Date.now();
    const existing = await articles.index('by-url').get(normalizeUrl(input.extraction.url));
    // A re-save keeps the reader's state (archived, favorite, tags, progress).
    const state = existing ? libraryStateOf(existing) : NEW_ARTICLE_STATE;
    const article = articleFrom(input, existing?.id ?? crypto.randomUUID(), existing?.savedAt ?? now, now, state);
    if (existing) {
      for (const key of await images.index('by-article').getAllKeys(existing.id)) await images.delete(key);
    }
    await articles.put(article);
    const { html, text, markdown } = input.extraction;
    await tx.objectStore('bodies').put({ articleId: article.id, html, text, markdown });
    for (const image of input.images) await images.put({ ...image, articleId: article.id });
    await journalSearchOp(tx, { op: 'put', doc: searchDocOf(article, text) });
    // The edited text replaces the old one in the full-text postings: old words no longer find it.
    if (existing) await removeTextPostings(tx, existing.id);
    await writeTextPostings(tx, [{ id: article.id, text }]);
    return { ok: true, article, created: !existing };
  });
}

const WRITE_STORES = ['articles', 'bodies', 'images', 'searchIndex', 'textTerms', 'articleTerms'] as const;
type WriteTx = IDBPTransaction<LiseuseDB, StoreNames<LiseuseDB>[], 'readwrite'>;

/**
 * Runs `write` in one readwrite transaction over all stores and waits for the commit. Any
 * error aborts the transaction, so earlier writes of the same call are rolled back too.
 */
async function writeAll<T>(write: (tx: WriteTx) => Promise<T | DbFailure>): Promise<T | DbFailure> {
  let tx: WriteTx | undefined;
  try {
    const db = await openLibrary();
    tx = db.transaction([...WRITE_STORES], 'readwrite');
    const result = await write(tx);
    if (isFailure(result)) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return result;
    }
    await tx.done;
    return result;
  } catch (error) {
    abortQuietly(tx);
    return toDbFailure(error);
  }
}

function isFailure(value: unknown): value is DbFailure {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

function abortQuietly(tx: WriteTx | undefined): void {
  if (!tx) return;
  try {
    tx.abort();
  } catch (error) {
    // Already committed or aborted (the error came from the commit itself): nothing to undo.
    void error;
  }
  tx.done.catch((error: unknown) => console.debug('Liseuse: transaction rolled back', error));
}

/**
 * Adds images to a saved article (once the user allowed their site) and updates its image
 * counts, in one transaction.
 */
export async function addArticleImages(
  articleId: string,
  images: ImageInput[],
  missingImageCount: number,
): Promise<{ ok: true; article: Article } | DbFailure> {
  return writeAll(async (tx) => {
    const article = await tx.objectStore('articles').get(articleId);
    if (!article) return { ok: false, reason: 'not-found' } as const;
    for (const image of images) await tx.objectStore('images').put({ ...image, articleId });
    const imageCount = await tx.objectStore('images').index('by-article').count(articleId);
    const next = { ...article, imageCount, missingImageCount };
    await tx.objectStore('articles').put(next);
    return { ok: true, article: next } as const;
  });
}

/** Opens the Library and reports whether it is usable (e.g. not written by a newer Liseuse). */
export async function checkDatabase(): Promise<{ ok: true } | DbFailure> {
  try {
    await openLibrary();
    return { ok: true };
  } catch (error) {
    return toDbFailure(error);
  }
}

/** Reads one article's metadata. */
export async function getArticle(id: string): Promise<Article | undefined> {
  return (await openLibrary()).get('articles', id);
}

/** Reads one article's body (HTML, text, Markdown). */
export async function getArticleBody(id: string): Promise<ArticleBody | undefined> {
  return (await openLibrary()).get('bodies', id);
}

/** Reads one article's stored images, by key (the original image URL). */
export async function getArticleImages(id: string): Promise<Map<string, Blob>> {
  const images = await (await openLibrary()).getAllFromIndex('images', 'by-article', id);
  return new Map(images.map((image) => [image.key, image.blob]));
}

/** Lists the Library, newest save first, metadata only. */
export async function listArticles(): Promise<Article[]> {
  const all = await (await openLibrary()).getAllFromIndex('articles', 'by-savedAt');
  return all.reverse();
}

/** Finds the article saved from `url` (its canonical address or the tab address it came from). */
export async function findArticleByUrl(url: string): Promise<Article | undefined> {
  const db = await openLibrary();
  const key = normalizeUrl(url);
  return (await db.getFromIndex('articles', 'by-url', key)) ?? db.getFromIndex('articles', 'by-page-url', key);
}

/** Deletes an article with its body and images; returns everything removed, for Undo. */
export async function deleteArticle(
  id: string,
): Promise<{ ok: true; snapshot: ArticleSnapshot } | DbFailure> {
  return writeAll(async (tx) => {
    const article = await tx.objectStore('articles').get(id);
    if (!article) return { ok: false, reason: 'not-found' } as const;
    const body = (await tx.objectStore('bodies').get(id)) ?? null;
    const images = await tx.objectStore('images').index('by-article').getAll(id);
    await tx.objectStore('articles').delete(id);
    await tx.objectStore('bodies').delete(id);
    for (const image of images) await tx.objectStore('images').delete([id, image.key]);
    await journalSearchOp(tx, { op: 'remove', id });
    await removeTextPostings(tx, id);
    return { ok: true, snapshot: { article, body, images } } as const;
  });
}

/** Puts back an article removed by `deleteArticle` (Undo), with the same id and dates. */
export async function restoreArticle(snapshot: ArticleSnapshot): Promise<{ ok: true } | DbFailure> {
  return writeAll(async (tx) => {
    await tx.objectStore('articles').put(snapshot.article);
    if (snapshot.body) await tx.objectStore('bodies').put(snapshot.body);
    for (const image of snapshot.images) await tx.objectStore('images').put(image);
    await journalSearchOp(tx, { op: 'put', doc: searchDocOf(snapshot.article, snapshot.body?.text ?? '') });
    await removeTextPostings(tx, snapshot.article.id);
    await writeTextPostings(tx, [{ id: snapshot.article.id, text: snapshot.body?.text ?? '' }]);
    return { ok: true } as const;
  });
}

/** Bytes used and available for this extension's storage, and whether it is persistent. */
export async function storageUsage(): Promise<{ usage: number; quota: number; persisted: boolean }> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate) return { usage: 0, quota: 0, persisted: false };
  const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([storage.estimate(), storage.persisted()]);
  return { usage, quota, persisted };
}
