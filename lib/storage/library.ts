import {
  journalSearchOp, openLibrary, toDbFailure, type Article, type ArticleBody, type ArticleSnapshot, type DbFailure,
} from './database';
import { unwrap, wrap } from 'idb';
import { clampProgress, normalizeTags, type LibraryState } from '../shared/library-state';
import { createSearchIndex, putDoc, searchDocOf, serializeIndex, type SearchOp } from '../search/memory-index';
import { findInText, removeTextPostings, writeTextPostings } from './postings';

/**
 * The Library's own reads and writes on top of lib/db.ts (which alone opens the database):
 * reading state, tags, bulk import, the persisted search index and full-text search.
 */

/** A change to the reading state of one or many articles (never the content). */
export type StateChange = Partial<Pick<LibraryState, 'archived' | 'favorite' | 'progress' | 'readAt'>>;

/** Applies `change` to every article in `ids` in one transaction; returns the updated articles. */
export async function updateArticles(
  ids: readonly string[],
  change: StateChange,
): Promise<{ ok: true; articles: Article[] } | DbFailure> {
  try {
    const tx = (await openLibrary()).transaction('articles', 'readwrite');
    const updated: Article[] = [];
    for (const id of ids) {
      const article = await tx.store.get(id);
      if (!article) continue;
      const next = { ...article, ...change };
      if (change.progress !== undefined) next.progress = clampProgress(change.progress);
      await tx.store.put(next);
      updated.push(next);
    }
    await tx.done;
    return { ok: true, articles: updated };
  } catch (error) {
    return toDbFailure(error);
  }
}

/** Adds and removes tags on many articles at once, keeping the search index in step. */
export async function editTags(
  ids: readonly string[],
  edit: { add?: readonly string[]; remove?: readonly string[] },
): Promise<{ ok: true; articles: Article[] } | DbFailure> {
  const removed = new Set((edit.remove ?? []).map((tag) => tag.toLocaleLowerCase()));
  try {
    const tx = (await openLibrary()).transaction(['articles', 'bodies', 'searchIndex'], 'readwrite');
    const articles = tx.objectStore('articles');
    const updated: Article[] = [];
    for (const id of ids) {
      const article = await articles.get(id);
      if (!article) continue;
      const kept = article.tags.filter((tag) => !removed.has(tag.toLocaleLowerCase()));
      const next = { ...article, tags: normalizeTags([...kept, ...(edit.add ?? [])]) };
      await articles.put(next);
      const body = await tx.objectStore('bodies').get(id);
      await journalSearchOp(tx, { op: 'put', doc: searchDocOf(next, body?.text ?? '') });
      updated.push(next);
    }
    await tx.done;
    return { ok: true, articles: updated };
  } catch (error) {
    return toDbFailure(error);
  }
}

/**
 * The `count` most recently saved articles, through a cursor that stops there: the first screen
 * of a 10,000-article Library paints without waiting for all of them to be read.
 */
export async function listRecentArticles(count: number): Promise<Article[]> {
  const db = await openLibrary();
  const index = db.transaction('articles').store.index('by-savedAt');
  // One request instead of `count` cursor steps where the browser has it (Chrome 141+).
  const raw = unwrap(index) as IDBIndex & { getAllRecords?: (options: object) => IDBRequest<{ value: Article }[]> };
  if (typeof raw.getAllRecords === 'function') {
    const records = await wrap(raw.getAllRecords({ count, direction: 'prev' }));
    return records.map((record) => record.value);
  }
  const recent: Article[] = [];
  let cursor = await index.openCursor(null, 'prev');
  while (cursor && recent.length < count) {
    recent.push(cursor.value);
    cursor = await cursor.continue();
  }
  return recent;
}

/** Every tag in the Library, once each, from the `by-tag` index. */
export async function listTags(): Promise<string[]> {
  const db = await openLibrary();
  const tags: string[] = [];
  let cursor = await db.transaction('articles').store.index('by-tag').openKeyCursor(null, 'nextunique');
  while (cursor) {
    tags.push(String(cursor.key));
    cursor = await cursor.continue();
  }
  return tags;
}

/**
 * Stores many articles (with bodies and images) in one transaction: imports, and seeding a large
 * Library in tests and the benchmark. The in-memory index learns them through the journal; the
 * full-text postings of the whole batch are gathered in memory and written as one segment.
 */
export async function importArticles(snapshots: readonly ArticleSnapshot[]): Promise<{ ok: true } | DbFailure> {
  try {
    const tx = (await openLibrary()).transaction(
      ['articles', 'bodies', 'images', 'searchIndex', 'textTerms', 'articleTerms'], 'readwrite');
    for (const { article, body, images } of snapshots) {
      void tx.objectStore('articles').put(article);
      if (body) void tx.objectStore('bodies').put(body);
      for (const image of images) void tx.objectStore('images').put(image);
      void journalSearchOp(tx, { op: 'put', doc: searchDocOf(article, body?.text ?? '') });
    }
    // An article imported again must not keep its old postings next to the new ones.
    await Promise.all(snapshots.map(({ article }) => removeTextPostings(tx, article.id)));
    await writeTextPostings(tx, snapshots.map(({ article, body }) => ({ id: article.id, text: body?.text ?? '' })));
    await tx.done;
    return { ok: true };
  } catch (error) {
    return toDbFailure(error);
  }
}

/** The persisted search index: its last snapshot and the changes journaled after it. */
export interface StoredSearchIndex {
  snapshot: string | null;
  ops: SearchOp[];
  /** Key of the last journaled change read; pass it back to read only newer ones. */
  lastKey: number;
}

/** Reads the snapshot (unless `afterKey` is given) and the journaled changes after `afterKey`. */
export async function readSearchIndex(afterKey?: number): Promise<StoredSearchIndex> {
  const tx = (await openLibrary()).transaction('searchIndex');
  const range = IDBKeyRange.bound(afterKey ?? 0, Infinity, true, false);
  const [snapshot, ops, keys] = await Promise.all([
    afterKey === undefined ? tx.store.get('snapshot') : undefined,
    tx.store.getAll(range),
    tx.store.getAllKeys(range),
  ]);
  return {
    snapshot: snapshot?.op === 'snapshot' ? snapshot.json : null,
    ops: ops.filter((op): op is SearchOp => op.op !== 'snapshot'),
    lastKey: keys.length > 0 ? Number(keys[keys.length - 1]) : (afterKey ?? 0),
  };
}

/**
 * Replaces the snapshot with `json` and drops the journaled changes it already contains (keys up
 * to `throughKey`), in one transaction; changes journaled meanwhile stay for the next reader.
 */
export async function compactSearchIndex(json: string, throughKey: number): Promise<void> {
  const tx = (await openLibrary()).transaction('searchIndex', 'readwrite');
  void tx.store.put({ op: 'snapshot', json }, 'snapshot');
  if (throughKey > 0) void tx.store.delete(IDBKeyRange.bound(0, throughKey));
  await tx.done;
}

/**
 * Rebuilds the in-memory index's snapshot from every saved body (repair, and after a bulk
 * import). Changes journaled while it runs keep their entries and are replayed on top, which is
 * harmless. The full-text postings need no rebuild: every write updates them in its transaction.
 */
export async function rebuildSearchIndex(): Promise<void> {
  const db = await openLibrary();
  const keys = await db.getAllKeys('searchIndex', IDBKeyRange.bound(0, Infinity));
  const throughKey = keys.length > 0 ? Number(keys[keys.length - 1]) : 0;
  const articles = new Map((await db.getAll('articles')).map((article) => [article.id, article]));
  const index = createSearchIndex();
  await forEachBody((body) => {
    const article = articles.get(body.articleId);
    if (article) putDoc(index, searchDocOf(article, body.text));
  });
  await compactSearchIndex(serializeIndex(index), throughKey);
}

/**
 * For each folded query term, the articles whose full text holds it (article id → matched
 * words), read from the postings in one transaction (lib/text-postings.ts).
 */
export async function searchText(terms: readonly string[]): Promise<Map<string, string[]>[]> {
  const tx = (await openLibrary()).transaction('textTerms');
  return Promise.all(terms.map((term) => findInText(tx, term)));
}

/** How much the Library holds: article count and the bytes of its stored images. */
export async function libraryStats(): Promise<{ articles: number; images: number; imageBytes: number }> {
  const db = await openLibrary();
  const tx = db.transaction(['articles', 'images']);
  const articles = await tx.objectStore('articles').count();
  let images = 0;
  let imageBytes = 0;
  // A cursor, not getAll: only one image record is held at a time (Blob sizes need no reading).
  let cursor = await tx.objectStore('images').openCursor();
  while (cursor) {
    images += 1;
    imageBytes += cursor.value.blob.size;
    cursor = await cursor.continue();
  }
  return { articles, images, imageBytes };
}

/** Bodies read per request by forEachBody: one request per record is what makes cursors slow. */
const BODY_BATCH = 200;

/**
 * Calls `visit` with every saved body, a batch at a time so that memory holds only a batch (a
 * full scan: exports, and the naive search that bench/library compares the index with).
 */
export async function forEachBody(visit: (body: ArticleBody) => void): Promise<void> {
  const db = await openLibrary();
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const batch: ArticleBody[] = await db.getAll('bodies', range, BODY_BATCH);
    batch.forEach(visit);
    if (batch.length < BODY_BATCH) return;
    after = batch[batch.length - 1]!.articleId;
  }
}
