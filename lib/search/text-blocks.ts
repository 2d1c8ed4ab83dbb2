/**
 * How the full-text index packs posting lists into IndexedDB records: per segment, one record per
 * "bucket" (the first two letters of the words), holding every word of the bucket and their lists
 * in three arrays. A search reads one bucket, which holds the word typed and every longer word it
 * begins; a write of 2,000 articles is about a thousand records, not one per word (60,000 and more,
 * which IndexedDB writes at some 20,000 a second).
 */

/** Posting lists packed: sorted words, and the entries of word i in docs[offsets[i]] … docs[offsets[i + 1]]. */
export interface PackedPostings {
  terms: string[];
  offsets: Uint32Array;
  docs: Uint32Array;
}

/** The bucket of a word: its first two letters (code units); every indexed word has two at least. */
export function bucketOf(term: string): string {
  return term.slice(0, 2);
}

/** Packs posting lists (word → entries) by bucket. */
export function packByBucket(postings: ReadonlyMap<string, Uint32Array>): Map<string, PackedPostings> {
  const byBucket = new Map<string, string[]>();
  for (const term of postings.keys()) {
    const bucket = bucketOf(term);
    const terms = byBucket.get(bucket);
    if (terms) terms.push(term);
    else byBucket.set(bucket, [term]);
  }
  const packed = new Map<string, PackedPostings>();
  for (const [bucket, terms] of byBucket) {
    terms.sort();
    const offsets = new Uint32Array(terms.length + 1);
    terms.forEach((term, i) => (offsets[i + 1] = offsets[i]! + postings.get(term)!.length));
    const docs = new Uint32Array(offsets[terms.length]!);
    terms.forEach((term, i) => docs.set(postings.get(term)!, offsets[i]!));
    packed.set(bucket, { terms, offsets, docs });
  }
  return packed;
}

/** The entries of word `index` of a packed block (a view, no copy). */
export function listAt(block: PackedPostings, index: number): Uint32Array {
  return block.docs.subarray(block.offsets[index]!, block.offsets[index + 1]!);
}

/** Every list of a packed block, by word. */
export function unpack(block: PackedPostings): Map<string, Uint32Array> {
  return new Map(block.terms.map((term, i) => [term, listAt(block, i)]));
}

/** First index in the sorted `terms` not before `term`. */
function lowerBound(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]! < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The lists of a block for a query word: the word itself, and, when `prefix`, the longer words it
 * begins while `budget.entries` lasts (shared by the blocks of one search, and spent here); the
 * word itself is always read in full.
 */
export function listsFor(
  block: PackedPostings,
  term: string,
  prefix: boolean,
  budget: { entries: number },
): { word: string; exact: boolean; docs: Uint32Array }[] {
  const found: { word: string; exact: boolean; docs: Uint32Array }[] = [];
  let at = lowerBound(block.terms, term);
  if (block.terms[at] === term) found.push({ word: term, exact: true, docs: listAt(block, at++) });
  for (; prefix && at < block.terms.length && budget.entries > 0; at += 1) {
    const word = block.terms[at]!;
    if (!word.startsWith(term)) break;
    const docs = listAt(block, at);
    found.push({ word, exact: false, docs });
    budget.entries -= docs.length;
  }
  return found;
}
