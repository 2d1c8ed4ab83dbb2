import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { LiseuseDB } from '../schema';
import { libraryItemOf } from '../../shared/library-item';

type UpgradeTx = IDBPTransaction<LiseuseDB, StoreNames<LiseuseDB>[], 'versionchange'>;

/**
 * Schema step → 4 (a Library that opens at once at any size; v3 is the highlights' step):
 * - `libraryItems`: a small list record per article, written with every change of the article,
 *   and the `by-shelf` index ([shelf, savedAt]) the first screen reads a few rows from;
 * - `thumbnails`: small lead-image thumbnails made at save time (none for articles saved before);
 * - the full-text index in compact segments (`textPostings`, `textSegments`, `textIndexState`),
 *   replacing the v2 MiniSearch snapshot and string postings and the v3 note postings, which it deletes.
 * Every article gets its list record here, in the upgrade transaction (no body is read, so it
 * is quick at any size), and is queued in `textPending`: its text, highlights and note are indexed by the index worker
 * after the upgrade (lib/storage/text-build.ts), in batches that each commit, so a large Library
 * never holds the upgrade open for the time it takes to read every body. Until then search finds
 * those articles by title, site and tag. Never edit once shipped.
 */
export function upgradeToV4(db: IDBPDatabase<LiseuseDB>, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('libraryItems', { keyPath: 'id' }).createIndex('by-shelf', ['shelf', 'savedAt']);
  db.createObjectStore('thumbnails', { keyPath: 'key' });
  db.createObjectStore('textPostings', { keyPath: ['bucket', 'segment'] }).createIndex('by-segment', 'segment');
  db.createObjectStore('textSegments', { keyPath: 'segment' });
  db.createObjectStore('textPending', { keyPath: 'articleId' });
  db.createObjectStore('textIndexState', { keyPath: 'key' });
  for (const legacy of ['searchIndex', 'textTerms', 'articleTerms', 'noteTerms'] as const) {
    if (db.objectStoreNames.contains(legacy)) db.deleteObjectStore(legacy);
  }
  return migrateRecords(tx).catch((error: unknown) => {
    console.error('Liseuse: upgrade to the v4 library failed', error);
    // Opening the database then fails with AbortError, which is what its callers see.
    tx.done.catch((abort: unknown) => console.warn('Liseuse: upgrade rolled back', abort));
    tx.abort();
  });
}

async function migrateRecords(tx: UpgradeTx): Promise<void> {
  const items = tx.objectStore('libraryItems');
  const pending = tx.objectStore('textPending');
  void tx.objectStore('textIndexState').put({ key: 'counters', nextDoc: 0, nextSegment: 0 });
  let cursor = await tx.objectStore('articles').openCursor();
  while (cursor) {
    void items.put(libraryItemOf(cursor.value, { thumbnail: null, textDoc: null, noteDoc: null }));
    void pending.put({ articleId: cursor.value.id });
    cursor = await cursor.continue();
  }
}
