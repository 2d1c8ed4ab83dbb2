import type { IDBPTransaction, StoreNames } from 'idb';
import { bucketOf, listsFor, packByBucket } from '../search/text-blocks';
import { PREFIX_MIN_LENGTH } from '../search/terms';
import { prepareTexts, renumberPostings, type PreparedTexts } from '../search/text-terms';
import { openLibrary } from './database';
import type { LiseuseDB, TextCounters } from './schema';

/**
 * The full-text index of the Library, kept IN IndexedDB and read at each search, so it needs no
 * loading and costs the page no memory at any Library size:
 * - `textPostings`: [first two letters, segment] → the posting lists of that segment for every
 *   word beginning so (lib/search/text-blocks.ts): article numbers in Uint32Arrays, read as a few
 *   buffers, not thousands of strings, and a write of many articles is a few hundred records;
 * - a segment is one write: a save, an import, a batch of the index worker, or a merge of small
 *   segments (lib/storage/text-build.ts), so a save only ever adds records;
 * - each article has a number (`textDoc` on its list record), new at every save of new text: the
 *   postings of an older number, or of a deleted article, are dead and skipped by searches, then
 *   dropped when their segment is merged (a rebuild, which drops every posting first, keeps the
 *   numbers, so that it need not rewrite every list record).
 * Callers pass their own transaction, so postings change in the same commit as the article.
 */

type TextTx = IDBPTransaction<LiseuseDB, StoreNames<LiseuseDB>[], 'readwrite' | 'versionchange'>;

/** The stores a write of postings spans (with `libraryItems`, which holds each article's number). */
export const TEXT_STORES = ['textPostings', 'textSegments', 'textPending', 'textIndexState'] as const;

/**
 * Most entries of longer words read for a query word that is their prefix, in all segments. A
 * three-letter prefix ("pre", "int") begins hundreds of words, tens of thousands of entries in a
 * large Library; past this many (in alphabetical order of the words) the rest of the prefix is
 * left out while typing: titles still match in full (lib/search/meta-index.ts) and the next letter
 * narrows it. The word typed itself is always read in full.
 */
export const MAX_PREFIX_ENTRIES = 20_000;

/** Takes `docs` article numbers and one segment number from the counters. */
export async function allocateText(tx: TextTx, docs: number): Promise<{ firstDoc: number; segment: number }> {
  const state = tx.objectStore('textIndexState');
  const counters: TextCounters = (await state.get('counters')) ?? { key: 'counters', nextDoc: 0, nextSegment: 0 };
  await state.put({ ...counters, nextDoc: counters.nextDoc + docs, nextSegment: counters.nextSegment + 1 });
  return { firstDoc: counters.nextDoc, segment: counters.nextSegment };
}

/**
 * Writes the postings of `texts` (key → plain text; the key is an article id) as one new segment,
 * each text under a new number, and takes the articles off the pending list (unless the caller
 * does it itself). Returns each key's number: the caller writes it on the list record in the same
 * transaction (putArticle).
 */
export async function postTexts(
  tx: TextTx,
  texts: ReadonlyMap<string, string>,
  { clearPending = true }: { clearPending?: boolean } = {},
): Promise<Map<string, number>> {
  if (texts.size === 0) return new Map();
  const numbers = await postPrepared(tx, prepareTexts(texts));
  if (clearPending) await Promise.all([...texts.keys()].map((id) => tx.objectStore('textPending').delete(id)));
  return numbers;
}

/**
 * Writes texts tokenized beforehand (lib/search/text-terms.ts prepareTexts) as one new segment:
 * only numbering and writing happen in the transaction. A key of `kept` keeps that number (an
 * article a rebuild indexes again: no posting holds it any more); the others get new ones.
 * Returns each key's number.
 */
export async function postPrepared(
  tx: TextTx,
  prepared: PreparedTexts,
  kept: ReadonlyMap<string, number> = new Map(),
): Promise<Map<string, number>> {
  const { firstDoc, segment } = await allocateText(tx, prepared.keys.filter((key) => !kept.has(key)).length);
  let next = firstDoc;
  const numbers = prepared.keys.map((key) => kept.get(key) ?? next++);
  const blocks = tx.objectStore('textPostings');
  const writes: Promise<unknown>[] = [];
  for (const [bucket, packed] of packByBucket(renumberPostings(prepared.postings, numbers))) {
    writes.push(blocks.put({ bucket, segment, ...packed }));
  }
  writes.push(tx.objectStore('textSegments').put({ segment, docs: prepared.keys.length, createdAt: Date.now() }));
  await Promise.all(writes);
  return new Map(prepared.keys.map((key, i) => [key, numbers[i]!]));
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
 * longer words it begins from PREFIX_MIN_LENGTH letters), read in one transaction: one request
 * per word, for its bucket in every segment. The caller maps article numbers to its list records
 * and weighs each entry (lib/search/text-terms.ts).
 */
export async function findInText(terms: readonly string[]): Promise<TextPostings[][]> {
  return (await findInTextIfComplete(terms, false))!;
}

/**
 * findInText, and in the same transaction whether any article waits to be indexed: null when
 * one does and `onlyComplete`, since the postings read then miss its words. One round trip where
 * counting first then reading took two, each queued behind the reads of a page being opened.
 */
export async function findInTextIfComplete(
  terms: readonly string[],
  onlyComplete = true,
): Promise<TextPostings[][] | null> {
  const tx = (await openLibrary()).transaction(['textPostings', 'textPending']);
  const store = tx.objectStore('textPostings');
  const pending = onlyComplete ? tx.objectStore('textPending').count() : Promise.resolve(0);
  const postings = Promise.all(
    terms.map(async (term) => {
      if (term.length < 2) return [];
      const bucket = bucketOf(term);
      const blocks = await store.getAll(IDBKeyRange.bound([bucket, -Infinity], [bucket, Infinity]));
      const budget = { entries: MAX_PREFIX_ENTRIES };
      return blocks.flatMap((block) => listsFor(block, term, term.length >= PREFIX_MIN_LENGTH, budget));
    }),
  );
  const [waiting, found] = await Promise.all([pending, postings]);
  return waiting > 0 ? null : found;
}

/** How many articles still wait for their text to be indexed (after the upgrade or a rebuild). */
export async function countPendingTexts(): Promise<number> {
  return (await openLibrary()).count('textPending');
}
