import { foldText, WORD_PATTERN } from '../shared/text';
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
 * of first appearance. The whole text is folded at once: folding word by word cost ten times more
 * when rebuilding 10,000 articles, and gives the same words (folding only drops marks and case).
 */
export function textTermsOf(text: string): string[] {
  const terms = new Set<string>();
  // match() gives plain strings: matchAll's match objects cost a third of the time on 10,000 texts.
  for (const word of foldText(text).match(WORD_PATTERN) ?? []) {
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

/** Posting lists of a batch of articles (one segment): folded word → entries in article order. */
export function segmentPostings(docs: readonly { doc: number; text: string }[]): Map<string, Uint32Array> {
  const lists = new Map<string, number[]>();
  for (const { doc, text } of docs) {
    textTermsOf(text).forEach((term, position) => {
      const code = postingCode(doc, position < LEAD_TERMS);
      const list = lists.get(term);
      if (list) list.push(code);
      else lists.set(term, [code]);
    });
  }
  const postings = new Map<string, Uint32Array>();
  for (const [term, list] of lists) postings.set(term, Uint32Array.from(list));
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

/** Shifts prepared entries to the numbers from `firstDoc` on (in place), keeping their lead bits. */
export function renumberPostings(postings: Map<string, Uint32Array>, firstDoc: number): Map<string, Uint32Array> {
  const shift = postingCode(firstDoc, false);
  if (shift > 0) for (const list of postings.values()) for (let i = 0; i < list.length; i += 1) list[i]! += shift;
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
