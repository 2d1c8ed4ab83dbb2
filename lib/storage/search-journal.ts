import type { SearchOp } from '../search/memory-index';
import type { WriteTx } from './transactions';

/**
 * Records a change for the search index in the caller's transaction, so the index can never
 * miss a save or a delete; readers of the index replay these (lib/library/library-search.ts).
 */
export function journalSearchOp(tx: WriteTx, op: SearchOp): Promise<IDBValidKey> {
  return tx.objectStore('searchIndex').add(op);
}
