import type { IDBPTransaction, StoreNames } from 'idb';
import type { LiseuseDB } from './schema';
import { postTexts } from './text-index';

type NotesTx = IDBPTransaction<LiseuseDB, StoreNames<LiseuseDB>[], 'readwrite'>;

/**
 * The words of an article's highlights and note in the full-text index (lib/storage/text-index.ts),
 * so that a search finds the article by what the reader wrote or marked (an orphan's quote is no
 * longer in the article's text). They are posted under a number of their own, the list record's
 * `noteDoc`, new at every change: rewriting them never touches the postings of the article's text,
 * and the old ones are dead at once. Callers pass their own transaction, the one that writes the
 * highlight or note (it spans `libraryItems` and the text stores).
 */
export async function writeNotePostings(tx: NotesTx, articleId: string, text: string): Promise<void> {
  const items = tx.objectStore('libraryItems');
  const item = await items.get(articleId);
  // Notes kept aside without their article: indexed again when it comes back.
  if (!item) return;
  const numbers = text.trim() ? await postTexts(tx, new Map([[articleId, text]]), { clearPending: false }) : null;
  await items.put({ ...item, noteDoc: numbers?.get(articleId) ?? null });
  // A build step may have read the older notes of a pending article already: counting the edit
  // tells it to leave the article for the next pass instead of writing over this.
  const pending = await tx.objectStore('textPending').get(articleId);
  if (pending) await tx.objectStore('textPending').put({ ...pending, notesEdits: (pending.notesEdits ?? 0) + 1 });
}

/** Takes an article's note words out of search (none is not an error). */
export async function removeNotePostings(tx: NotesTx, articleId: string): Promise<void> {
  await writeNotePostings(tx, articleId, '');
}
