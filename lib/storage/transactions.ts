import type { IDBPTransaction, StoreNames } from 'idb';
import { openLibrary } from './database';
import type { DbFailure, LiseuseDB } from './schema';

/**
 * The stores an article's content spans: a save or a delete writes all of them together. Its
 * highlights and notes (v3) are part of it: deleting an article deletes or sets them aside in
 * the same commit, and saving its page again brings kept ones back.
 */
export const ARTICLE_STORES = [
  'articles',
  'libraryItems',
  'bodies',
  'images',
  'thumbnails',
  'textPostings',
  'textSegments',
  'textPending',
  'textIndexState',
  'highlights',
  'notes',
  'detachedNotes',
] as const;

/** A readwrite transaction over some of the Library's stores. */
export type WriteTx = IDBPTransaction<LiseuseDB, StoreNames<LiseuseDB>[], 'readwrite'>;

/**
 * What browsers say when the disk itself is full rather than the quota reached: Chrome's
 * "DataError: Failed to write blobs." when an image cannot be written, "No space left on device"
 * from the OS, Firefox's NS_ERROR_FILE_NO_DEVICE_SPACE. The reader's remedy is the same: free space.
 */
const FULL_DISK =
  /Failed to write blobs|No space left|disk (?:is )?full|not enough (?:disk )?space|insufficient (?:disk )?space|NO_DEVICE_SPACE/i;

/** Maps a thrown storage error to a reason: quota (a full disk too), a newer database, or a generic failure. */
export function toDbFailure(error: unknown): DbFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (name === 'QuotaExceededError' || FULL_DISK.test(detail)) return { ok: false, reason: 'quota', detail };
  // Opening with a lower version than stored (Liseuse was downgraded) throws VersionError.
  if (name === 'VersionError') return { ok: false, reason: 'newer-database', detail };
  return { ok: false, reason: 'save-failed', detail };
}

/**
 * Runs `write` in one readwrite transaction over `stores` and waits for the commit. A failure
 * value returned by `write`, or any error, aborts the transaction, so earlier writes of the same
 * call are rolled back too; errors come back as values, never thrown.
 */
export async function writeAll<T>(
  write: (tx: WriteTx) => Promise<T | DbFailure>,
  stores: readonly StoreNames<LiseuseDB>[] = ARTICLE_STORES,
): Promise<T | DbFailure> {
  let tx: WriteTx | undefined;
  try {
    const db = await openLibrary();
    tx = db.transaction([...stores], 'readwrite');
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
