import { foldedWords } from './folded-words';
import { addMatch, FIELD_WEIGHTS, MATCH_KINDS, type TermMatch } from './rank';
import { STOP_WORDS } from './terms';

/**
 * The words of an article's text as the full-text index holds them (lib/storage/text-index.ts),
 * and the posting lists it stores: plain functions, no IndexedDB, so the page, the index worker
 * and the tests share them.
 */

/**
 * How many distinct words open an article's "lead": a match there ranks above a match deeper in
 * the text (the earlier in-memory index kept exactly these 150 words of each article, for the same reason).
 */
export const LEAD_TERMS = 150;

/**
 * The distinct indexed words of `text` (folded, two letters or more, stop words aside), in order
 * of first appearance (lib/search/folded-words.ts: the fast path of a rebuild).
 */
export function textTermsOf(text: string): string[] {
  const terms = new Set<string>();
  for (const word of foldedWords(text)) {
    if (word.length < 2 || terms.has(word) || STOP_WORDS.has(word)) continue;
    terms.add(word);
  }
  return [...terms];
}

/**
 * One entry of a posting list: the article's full-text number times two, plus one when the word
 * is in its lead. Numbers, not ids, so that a list of 5,000 articles is 20 kB read as one buffer.
 */
export function postingCode(doc: number, lead: boolean): number {
  return doc * 2 + (lead ? 1 : 0);
}

/** The article number of a posting entry. */
export function postingDoc(code: number): number {
  return code >>> 1;
}

/** Whether a posting entry is in the article's lead. */
export function postingInLead(code: number): boolean {
  return (code & 1) === 1;
}

/**
 * Posting lists of a batch of articles (one segment): folded word → entries in article order.
 * The words of textTermsOf, gathered in one pass: each word is looked up once per occurrence in
 * one table for the whole batch (numbered, with the last article it was posted for), instead of
 * a set per article and a second table, which halved the time of a rebuild's tokenizing.
 */
export function segmentPostings(docs: readonly { doc: number; text: string }[]): Map<string, Uint32Array> {
  const numberOf = new Map<string, number>();
  const terms: string[] = [];
  const lists: number[][] = [];
  // Per word number: the last article posted (-1: none yet, -2: never indexed: too short or a stop word).
  let lastDoc = new Int32Array(1024);
  for (const { doc, text } of docs) {
    let distinct = 0;
    for (const word of foldedWords(text)) {
      let number = numberOf.get(word);
      if (number === undefined) {
        number = terms.length;
        numberOf.set(word, number);
        terms.push(word);
        lists.push([]);
        if (number >= lastDoc.length) {
          const grown = new Int32Array(lastDoc.length * 2);
          grown.set(lastDoc);
          lastDoc = grown;
        }
        lastDoc[number] = word.length < 2 || STOP_WORDS.has(word) ? -2 : -1;
      }
      const last = lastDoc[number]!;
      if (last === -2 || last === doc) continue;
      lastDoc[number] = doc;
      lists[number]!.push(postingCode(doc, distinct < LEAD_TERMS));
      distinct += 1;
    }
  }
  const postings = new Map<string, Uint32Array>();
  terms.forEach((term, number) => {
    if (lists[number]!.length > 0) postings.set(term, Uint32Array.from(lists[number]!));
  });
  return postings;
}

/**
 * Texts tokenized and posted ahead of the write that numbers them: entries are numbered 0 … n-1
 * in the order of `keys` until renumbered, so the work is done before a transaction opens.
 */
export interface PreparedTexts {
  keys: string[];
  postings: Map<string, Uint32Array>;
}

/** Posting lists of `texts` (key → text), numbered by position until the write gives them their numbers. */
export function prepareTexts(texts: ReadonlyMap<string, string>): PreparedTexts {
  const keys = [...texts.keys()];
  return { keys, postings: segmentPostings(keys.map((key, doc) => ({ doc, text: texts.get(key)! }))) };
}

/** Gives prepared entries (numbered by position) the numbers `numbers[position]`, in place, keeping their lead bits. */
export function renumberPostings(
  postings: Map<string, Uint32Array>,
  numbers: ArrayLike<number>,
): Map<string, Uint32Array> {
  for (const list of postings.values()) {
    for (let i = 0; i < list.length; i += 1) list[i] = postingCode(numbers[list[i]! >>> 1]!, (list[i]! & 1) === 1);
  }
  return postings;
}

/** The posting lists of several segments for one word as one list, without the articles `isLive` rejects. */
export function mergePostingLists(lists: readonly Uint32Array[], isLive: (doc: number) => boolean): Uint32Array {
  const kept: number[] = [];
  for (const list of lists) for (const code of list) if (isLive(postingDoc(code))) kept.push(code);
  return Uint32Array.from(kept);
}

/**
 * Adds the text matches of one query word to `matches` (article position → match): every entry
 * of `postings` whose article `positionOf` knows (-1 for numbers no list record holds: deleted or
 * saved again since), weighted by lead or body and by whole word or prefix.
 */
export function addTextMatches(
  matches: Map<number, TermMatch>,
  postings: readonly { word: string; exact: boolean; docs: Uint32Array }[],
  positionOf: (doc: number) => number,
): void {
  for (const { word, exact, docs } of postings) {
    const kind = exact ? MATCH_KINDS.exact : MATCH_KINDS.prefix;
    const lead = FIELD_WEIGHTS.lead * kind;
    const body = FIELD_WEIGHTS.body * kind;
    for (const code of docs) {
      const position = positionOf(code >>> 1);
      if (position >= 0) addMatch(matches, position, code & 1 ? lead : body, word);
    }
  }
}
