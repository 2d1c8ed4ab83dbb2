import type { IDBPDatabase } from 'idb';
import type { LiseuseDB } from '../schema';

/**
 * Schema step 2 → 3 (highlights and notes, issue 10): new stores only, nothing existing changes.
 * - `highlights`: one record per Highlight (key `id`), indexed by article;
 * - `notes`: the article Note, at most one per article (key `articleId`);
 * - `noteTerms`: where each article's note words are in the full-text postings (`textTerms`),
 *   so that search finds words of highlights and notes, and an edit replaces exactly them;
 * - `detachedNotes`: highlights and notes the reader kept when deleting their article, by the
 *   article's URL, so they come back if that page is saved again.
 * Never edit once shipped.
 */
export function upgradeToV3(db: IDBPDatabase<LiseuseDB>): void {
  const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
  highlights.createIndex('by-article', 'articleId');
  db.createObjectStore('notes', { keyPath: 'articleId' });
  db.createObjectStore('noteTerms', { keyPath: 'articleId' });
  db.createObjectStore('detachedNotes', { keyPath: 'url' });
}
