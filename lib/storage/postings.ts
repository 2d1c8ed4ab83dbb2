import type { IDBPTransaction, StoreNames } from 'idb';
import { distinctTerms, PREFIX_MIN_LENGTH } from '../search/terms';
import type { LiseuseDB } from './schema';

/**
 * The full-text index of the Library, kept IN IndexedDB and queried there, so that every word of
 * 10,000 articles costs no page memory (in MiniSearch it took 210 MB of heap). Two stores:
 * - `textTerms`: key [folded term, segment] → ids of the articles holding the term. A segment is
 *   one write (a save, or an import batch of hundreds of articles), so writes only ever add
 *   records: no posting list is read back and rewritten when an article is saved.
 * - `articleTerms`: article id → its segment and terms, so that an edit or a delete finds and
 *   removes exactly its postings.
 * Callers pass their own transaction: postings change in the same commit as the article.
 */


/**
 * Most posting records read for the longer words a query term is a prefix of. A three-letter
 * prefix ("pre", "int") covers over a hundred words and 2,500 records in 10,000 articles; reading
 * up to 1,500 of them took the search p95 to 55–70 ms (bench/library). Past this many records
 * (words in alphabetical order, one record per word per save or import batch) the rest of a
 * prefix is left out while typing: the in-memory index still finds it in titles and leads, and
 * the next letter narrows the range. The word typed itself is always read in full.
 */
export const MAX_PREFIX_POSTINGS = 500;

type PostingsTx = IDBPTransaction<LiseuseDB, StoreNames<LiseuseDB>[], 'readwrite' | 'versionchange'>;
type ReadTx = IDBPTransaction<LiseuseDB, ['textTerms'], 'readonly'>;

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

/** Removes an article's postings (edit, delete); an article without postings is not an error. */
export async function removeTextPostings(tx: PostingsTx, articleId: string): Promise<void> {
  const entry = await tx.objectStore('articleTerms').get(articleId);
  if (!entry) return;
  const postings = tx.objectStore('textTerms');
  await Promise.all(entry.terms.map(async (term) => {
    const key: [string, string] = [term, entry.segment];
    const ids = (await postings.get(key)) ?? [];
    const kept = ids.filter((id) => id !== articleId);
    await (kept.length > 0 ? postings.put(kept, key) : postings.delete(key));
  }));
  await tx.objectStore('articleTerms').delete(articleId);
}

/**
 * The articles whose text holds `term` (folded): as a prefix from PREFIX_MIN_LENGTH letters, else
 * as a whole word. Returns article id → the indexed words that matched, for highlighting.
 */
export async function findInText(tx: ReadTx, term: string): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (term.length < 2) return found;
  const store = tx.objectStore('textTerms');
  // Arrays sort after strings in IndexedDB keys, so [term, []] closes every [term, segment].
  const exact = IDBKeyRange.bound([term], [term, []]);
  const longer = IDBKeyRange.bound([term, []], [`${term}\uffff`], true);
  const [lists, keys, longerLists] = await Promise.all([
    store.getAll(exact),
    term.length >= PREFIX_MIN_LENGTH ? store.getAllKeys(longer, MAX_PREFIX_POSTINGS) : [],
    term.length >= PREFIX_MIN_LENGTH ? store.getAll(longer, MAX_PREFIX_POSTINGS) : [],
  ]);
  const add = (word: string, ids: readonly string[]) => {
    for (const id of ids) {
      const words = found.get(id);
      if (!words) found.set(id, [word]);
      else if (!words.includes(word)) words.push(word);
    }
  };
  lists.forEach((ids) => add(term, ids));
  keys.forEach(([word], i) => add(word, longerLists[i] ?? []));
  return found;
}
