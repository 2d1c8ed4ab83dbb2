import type { IDBPTransaction, StoreNames } from 'idb';
import { PREFIX_MIN_LENGTH } from '../search/terms';
import { segmentPostings } from '../search/text-terms';
import { openLibrary } from './database';
import type { LiseuseDB, TextCounters } from './schema';

/**
 * The full-text index of the Library, kept IN IndexedDB and read at each search, so it needs no
 * loading and costs the page no memory at any Library size:
 * - `textPostings`: [folded word, segment] → the articles of that segment holding the word, as a
 *   Uint32Array of article numbers (read as one buffer, not thousands of strings);
 * - a segment is one write: a save, an import, a batch of the index worker, or a merge of small
 *   segments (lib/storage/text-build.ts), so a save only ever adds records;
 * - each article has a number (`textDoc` on its list record), new at every save of new text: the
 *   postings of an older number, or of a deleted article, are dead and skipped by searches, then
 *   dropped when their segment is merged.
 * Callers pass their own transaction, so postings change in the same commit as the article.
 */

type TextTx = IDBPTransaction<LiseuseDB, StoreNames<LiseuseDB>[], 'readwrite' | 'versionchange'>;

/** The stores a write of postings spans (with `libraryItems`, which holds each article's number). */
export const TEXT_STORES = ['textPostings', 'textSegments', 'textPending', 'textIndexState'] as const;

/**
 * Most posting records read for the longer words a query word is the prefix of. A three-letter
 * prefix ("pre", "int") covers hundreds of words, each with a record per segment; past this many
 * records (in alphabetical order of the words) the rest of the prefix is left out while typing:
 * titles still match in full (lib/search/meta-index.ts) and the next letter narrows the range.
 * The word typed itself is always read in full.
 */
export const MAX_PREFIX_POSTINGS = 500;

/** Takes `docs` article numbers and one segment number from the counters. */
export async function allocateText(tx: TextTx, docs: number): Promise<{ firstDoc: number; segment: number }> {
  const state = tx.objectStore('textIndexState');
  const counters: TextCounters = (await state.get('counters')) ?? { key: 'counters', nextDoc: 0, nextSegment: 0 };
  await state.put({ ...counters, nextDoc: counters.nextDoc + docs, nextSegment: counters.nextSegment + 1 });
  return { firstDoc: counters.nextDoc, segment: counters.nextSegment };
}

/**
 * Writes the postings of `texts` (article id → plain text) as one new segment, each article under
 * a new number, and takes them off the pending list. Returns each article's number: the caller
 * writes it on the list record in the same transaction (putArticle).
 */
export async function postTexts(tx: TextTx, texts: ReadonlyMap<string, string>): Promise<Map<string, number>> {
  const numbers = new Map<string, number>();
  if (texts.size === 0) return numbers;
  const { firstDoc, segment } = await allocateText(tx, texts.size);
  const docs: { doc: number; text: string }[] = [];
  for (const [id, text] of texts) {
    const doc = firstDoc + numbers.size;
    numbers.set(id, doc);
    docs.push({ doc, text });
  }
  const writes: Promise<unknown>[] = [];
  const postings = tx.objectStore('textPostings');
  for (const [term, list] of segmentPostings(docs)) writes.push(postings.put({ term, segment, docs: list }));
  writes.push(tx.objectStore('textSegments').put({ segment, docs: docs.length, createdAt: Date.now() }));
  const pending = tx.objectStore('textPending');
  for (const id of texts.keys()) writes.push(pending.delete(id));
  await Promise.all(writes);
  return numbers;
}

/** Posting lists read for one query word: each indexed word it matched, whole or as a prefix. */
export interface TextPostings {
  word: string;
  /** True for the word typed itself, false for a longer word it begins. */
  exact: boolean;
  docs: Uint32Array;
}

/**
 * For each folded query word, the posting lists of the words it matches (the word itself, and
 * longer words it begins from PREFIX_MIN_LENGTH letters), read in one transaction. The caller maps
 * article numbers to its list records and weighs each entry (lib/search/text-terms.ts).
 */
export async function findInText(terms: readonly string[]): Promise<TextPostings[][]> {
  const store = (await openLibrary()).transaction('textPostings').store;
  return Promise.all(terms.map(async (term) => {
    if (term.length < 2) return [];
    const [exact, longer] = await Promise.all([
      store.getAll(IDBKeyRange.bound([term, -Infinity], [term, Infinity])),
      term.length >= PREFIX_MIN_LENGTH
        ? store.getAll(IDBKeyRange.bound([term, Infinity], [`${term}\uffff`], true), MAX_PREFIX_POSTINGS)
        : [],
    ]);
    return [...exact, ...longer].map(({ term: word, docs }) => ({ word, exact: word === term, docs }));
  }));
}

/** How many articles still wait for their text to be indexed (after the upgrade or a rebuild). */
export async function countPendingTexts(): Promise<number> {
  return (await openLibrary()).count('textPending');
}
