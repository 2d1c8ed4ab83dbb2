import type { IDBPTransaction, StoreNames } from 'idb';
import { distinctTerms } from '../search/terms';
import type { LiseuseDB } from './schema';

/**
 * The full-text postings of schema v2 (stores `textTerms` and `articleTerms`), written only by the
 * v2 upgrade step (migrations/v2.ts), which must keep working for Libraries still at v1. Schema
 * v4 replaced them with the compact segments of lib/storage/text-index.ts and deletes these stores.
 * - `textTerms`: key [folded term, segment] → ids of the articles holding the term.
 * - `articleTerms`: article id → its segment and terms.
 */

type PostingsTx = IDBPTransaction<LiseuseDB, StoreNames<LiseuseDB>[], 'readwrite' | 'versionchange'>;

/**
 * Writes the postings of `articles` as one segment: one record per distinct term of the batch.
 * Articles that already have postings must be cleared first (removeTextPostings).
 */
export async function writeTextPostings(
  tx: PostingsTx,
  articles: readonly { id: string; text: string }[],
): Promise<void> {
  const segment = crypto.randomUUID();
  const byTerm = new Map<string, string[]>();
  const writes: Promise<unknown>[] = [];
  // The last text given for an id wins, as it would with one save after another.
  const texts = new Map(articles.map(({ id, text }) => [id, text]));
  for (const [id, text] of texts) {
    const terms = distinctTerms(text);
    for (const term of terms) {
      const ids = byTerm.get(term);
      if (ids) ids.push(id);
      else byTerm.set(term, [id]);
    }
    writes.push(tx.objectStore('articleTerms').put({ articleId: id, segment, terms }));
  }
  const postings = tx.objectStore('textTerms');
  for (const [term, ids] of byTerm) writes.push(postings.put(ids, [term, segment]));
  await Promise.all(writes);
}
