import type { StoreNames } from 'idb';
import { openLibrary } from '../../lib/storage/database';
import type { LiseuseDB } from '../../lib/storage/schema';
import { getArticle, getArticleBody, listArticles, writeArticle } from '../../lib/storage/articles';
import { editTags, forEachBody, importArticles, updateArticles } from '../../lib/storage/library';
import { listLibraryItems } from '../../lib/storage/library-items';
import { countPendingTexts } from '../../lib/storage/text-index';
import { requestTextRebuild } from '../../lib/storage/text-build';
import { createLibrarySearch } from '../../lib/library/library-search';
import { foldText } from '../../lib/shared/text';
import { listHighlights, putArticleNote, putHighlights } from '../../lib/storage/highlights';
import type { Highlight } from '../../lib/highlights/highlight';

/** Every record of every store of the Library, Blobs as `{ blob: size, type }` (JSON all through). */
export type DatabaseDump = Record<string, unknown[]>;

/**
 * Reads every record of every store through lib/storage's own connection (nothing here opens
 * IndexedDB), so tests can check exactly what a flow stored.
 */
async function dumpDatabase(): Promise<DatabaseDump> {
  const db = await openLibrary();
  const stores = Array.from(db.objectStoreNames);
  const tx = db.transaction(stores);
  const replacer = (_key: string, value: unknown) =>
    value instanceof Blob ? { blob: value.size, type: value.type } : value;
  const dump: DatabaseDump = {};
  for (const store of stores) {
    const records = await tx.objectStore(store).getAll();
    dump[store] = records.map((record) => JSON.parse(JSON.stringify(record, replacer)) as unknown);
  }
  return dump;
}

/** The type and SHA-256 of every stored image, by `articleId key` (tests compare bytes, not sizes). */
async function imageDigests(): Promise<Record<string, string>> {
  const hex = (buffer: ArrayBuffer) =>
    [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  const digests: Record<string, string> = {};
  for (const image of await (await openLibrary()).getAll('images')) {
    digests[`${image.articleId} ${image.key}`] =
      `${image.type} ${hex(await crypto.subtle.digest('SHA-256', await image.blob.arrayBuffer()))}`;
  }
  return digests;
}

/**
 * Stores many highlights in one transaction through lib/storage's connection, as they are (no
 * search postings): bench/backup seeds 50,000 this way in seconds.
 */
async function putHighlightsInBulk(highlights: readonly Highlight[]): Promise<void> {
  const tx = (await openLibrary()).transaction('highlights', 'readwrite');
  await Promise.all([...highlights.map((highlight) => tx.store.put(highlight)), tx.done]);
}

/** How many records each store holds (bench/backup checks a restore without reading it all). */
async function countStores(): Promise<Record<string, number>> {
  const db = await openLibrary();
  const counts: Record<string, number> = {};
  for (const store of Array.from(db.objectStoreNames)) counts[store] = await db.count(store);
  return counts;
}

let releaseHeld: (() => void) | null = null;

/**
 * Keeps a readwrite transaction on `store` busy until releaseStore(): writes that need the store
 * wait behind it, so a test can make a delete slow on purpose (the Undo race of issue 8).
 */
async function holdStore(store: StoreNames<LiseuseDB>): Promise<void> {
  const db = await openLibrary();
  const tx = db.transaction(store, 'readwrite');
  let holding = true;
  releaseHeld = () => {
    holding = false;
  };
  const spin = async () => {
    while (holding) await tx.store.get('liseuse-hold' as never);
  };
  void spin();
}

/** Lets the transaction of holdStore() finish. */
function releaseStore(): void {
  releaseHeld?.();
  releaseHeld = null;
}

/** Writes one record as it is, unchecked: a damaged record (a disk error, an old bug) for a test. */
async function putRecord(store: StoreNames<LiseuseDB>, value: unknown): Promise<void> {
  const db = await openLibrary();
  await db.put(store, value as never);
}

let releaseHold: (() => void) | null = null;

/**
 * Holds a write transaction on the list of articles waiting to be indexed, through lib/storage's
 * connection, until releasePendingTexts (it resolves once the hold is in place): every reader of
 * that list waits meanwhile, so a test can see the Library while its search index is certainly
 * still loading.
 */
async function holdPendingTexts(): Promise<void> {
  const store = (await openLibrary()).transaction('textPending', 'readwrite').store;
  let held = true;
  releaseHold = () => {
    held = false;
  };
  await store.count();
  // The transaction is running: requests one after another keep it open until released.
  void (async () => {
    while (held) await store.count();
  })();
}

/** Lets go of the transaction holdPendingTexts holds. */
function releasePendingTexts(): void {
  releaseHold?.();
}

/**
 * What the test page offers the end-to-end tests and bench/library: writing one article or
 * thousands in one transaction, asking for a rebuild of the text index, reading every body, a dump of the
 * whole database, and the Library's own search to time it.
 */
export const testHooks = {
  writeArticle,
  importArticles,
  requestTextRebuild,
  countPendingTexts,
  forEachBody,
  getArticle,
  getArticleBody,
  listArticles,
  listLibraryItems,
  holdPendingTexts,
  releasePendingTexts,
  dumpDatabase,
  createLibrarySearch,
  foldText,
  putHighlights,
  listHighlights,
  putArticleNote,
  holdStore,
  releaseStore,
  putRecord,
  updateArticles,
  editTags,
  imageDigests,
  putHighlightsInBulk,
  countStores,
};

declare global {
  // Set by main.ts on the test page; read by scripts/harness/test-page.ts through Playwright.
  var liseuseTest: typeof testHooks | undefined;
}
