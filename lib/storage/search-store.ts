import { createSearchIndex, putDoc, searchDocOf, serializeIndex, type SearchOp } from '../search/memory-index';
import { openLibrary } from './database';
import { forEachBody } from './library';
import { findInText } from './postings';

/**
 * The search index as stored: the serialized in-memory index (a snapshot plus a journal of the
 * changes since, written in the same transaction as each save) and the full-text postings.
 */

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
 * words), read from the postings in one transaction (lib/storage/postings.ts).
 */
export async function searchText(terms: readonly string[]): Promise<Map<string, string[]>[]> {
  const tx = (await openLibrary()).transaction('textTerms');
  return Promise.all(terms.map((term) => findInText(tx, term)));
}
