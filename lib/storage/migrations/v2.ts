import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { LiseuseDB } from '../schema';
import { libraryStateOf } from '../../shared/library-state';
import { createSearchIndex, putDoc, searchDocOf, serializeIndex } from '../../search/memory-index';
import { writeTextPostings } from '../postings';

type UpgradeTx = IDBPTransaction<LiseuseDB, StoreNames<LiseuseDB>[], 'versionchange'>;

/**
 * Schema step 1 → 2 (the Library): reading state on every article (archived, favorite, tags,
 * progress, readAt), indexes by site and by tag, the `searchIndex` store and the full-text
 * postings (`textTerms`, `articleTerms`), built here from the bodies already saved so that search
 * works at once after the update. Runs inside the
 * upgrade transaction: if anything fails, the whole upgrade is rolled back and v1 stays intact.
 * Never edit once shipped.
 */
export function upgradeToV2(db: IDBPDatabase<LiseuseDB>, tx: UpgradeTx): Promise<void> {
  const articles = tx.objectStore('articles');
  articles.createIndex('by-site', 'siteName');
  articles.createIndex('by-tag', 'tags', { multiEntry: true });
  // Out-of-line keys: the snapshot under 'snapshot', changes since it under increasing numbers.
  db.createObjectStore('searchIndex', { autoIncrement: true });
  // Out-of-line keys [term, segment]; see lib/storage/postings.ts.
  db.createObjectStore('textTerms');
  db.createObjectStore('articleTerms', { keyPath: 'articleId' });
  // Returned so that a later step runs once these records are written (v4 deletes two of these stores).
  return migrateRecords(tx).catch((error: unknown) => {
    console.error('Liseuse: upgrade to the v2 library failed', error);
    // Opening the database then fails with AbortError, which is what its callers see.
    tx.done.catch((abort: unknown) => console.warn('Liseuse: upgrade rolled back', abort));
    tx.abort();
  });
}

/** Articles whose postings are gathered in memory before being written as one segment. */
const POSTINGS_BATCH = 500;

async function migrateRecords(tx: UpgradeTx): Promise<void> {
  const index = createSearchIndex();
  const bodies = tx.objectStore('bodies');
  let batch: { id: string; text: string }[] = [];
  let cursor = await tx.objectStore('articles').openCursor();
  while (cursor) {
    const article = { ...cursor.value, ...libraryStateOf(cursor.value) };
    await cursor.update(article);
    const body = await bodies.get(article.id);
    putDoc(index, searchDocOf(article, body?.text ?? ''));
    batch.push({ id: article.id, text: body?.text ?? '' });
    if (batch.length >= POSTINGS_BATCH) {
      await writeTextPostings(tx, batch);
      batch = [];
    }
    cursor = await cursor.continue();
  }
  await writeTextPostings(tx, batch);
  await tx.objectStore('searchIndex').put({ op: 'snapshot', json: serializeIndex(index) }, 'snapshot');
}
