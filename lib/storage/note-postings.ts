import type { IDBPTransaction, StoreNames } from 'idb';
import { distinctTerms } from '../search/terms';
import type { LiseuseDB } from './schema';

type NotesTx = IDBPTransaction<LiseuseDB, StoreNames<LiseuseDB>[], 'readwrite'>;

/**
 * The words of an article's highlights and notes in the full-text postings (lib/storage/postings.ts
 * explains the `textTerms` store), so that a search finds the article by what the reader wrote
 * or marked (an orphan's quote is no longer in the article's text). They are a segment of their
 * own, recorded in `noteTerms`: rewriting them never touches the postings of the article's text.
 * Callers pass their own transaction, the one that writes the highlight or note.
 */
export async function writeNotePostings(tx: NotesTx, articleId: string, text: string): Promise<void> {
  await removeNotePostings(tx, articleId);
  const terms = distinctTerms(text);
  if (terms.length === 0) return;
  const segment = crypto.randomUUID();
  const postings = tx.objectStore('textTerms');
  await Promise.all([
    ...terms.map((term) => postings.put([articleId], [term, segment])),
    tx.objectStore('noteTerms').put({ articleId, segment, terms }),
  ]);
}

/** Removes an article's note postings (none is not an error). */
export async function removeNotePostings(tx: NotesTx, articleId: string): Promise<void> {
  const entry = await tx.objectStore('noteTerms').get(articleId);
  if (!entry) return;
  const postings = tx.objectStore('textTerms');
  // The segment holds this article only: its records go whole.
  await Promise.all([...entry.terms.map((term) => postings.delete([term, entry.segment])), tx.objectStore('noteTerms').delete(articleId)]);
}
