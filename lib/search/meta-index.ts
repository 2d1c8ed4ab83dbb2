import { foldedWords } from './folded-words';
import { hostOf, siteHost } from '../shared/urls';
import { addMatch, FIELD_WEIGHTS, MATCH_KINDS, type TermMatch } from './rank';
import { PREFIX_MIN_LENGTH } from './terms';

/**
 * The in-memory index of what the Library's list records hold: titles, sites and tags. Built from
 * the list in a few milliseconds per thousand articles, it answers the first keystrokes before
 * anything else is read, and gives search its typo tolerance (the text index is in IndexedDB).
 */

/** What the index reads of a list record. */
export interface MetaFields {
  title: string;
  siteName: string | null;
  url: string;
  tags: readonly string[];
}

/** The index: a sorted vocabulary (for prefixes and typos) and, per word, the articles holding it. */
export interface MetaIndex {
  /** Every indexed word once, in code-unit order. */
  words: string[];
  /** Word → entries `position * 4 + field` (field: 1 site, 2 tags, 3 title). */
  postings: Map<string, number[]>;
  /** Words of letters (no digit) by length: the only candidates for a typo. */
  byLength: Map<number, string[]>;
}

const FIELD_OF = [0, FIELD_WEIGHTS.site, FIELD_WEIGHTS.tags, FIELD_WEIGHTS.title] as const;

/**
 * Typos tolerated: none below five letters (short words would match too much), one up to seven,
 * two from eight, as the earlier MiniSearch index did (fuzzy 0.2 of the word's length).
 */
export function typosAllowed(term: string): number {
  return term.length < 5 ? 0 : term.length < 8 ? 1 : 2;
}

/** Builds the index of `items` (positions in the array are the article positions hits refer to). */
export function buildMetaIndex(items: readonly MetaFields[]): MetaIndex {
  const builder = metaIndexBuilder();
  items.forEach((item, position) => builder.add(item, position));
  return builder.finish();
}

/**
 * The index built an article at a time, so that a page can build it for 50,000 articles in slices
 * between which it answers input (a few hundred milliseconds in one piece).
 */
export function metaIndexBuilder(): { add(item: MetaFields, position: number): void; finish(): MetaIndex } {
  const postings = new Map<string, number[]>();
  const addWords = (words: readonly string[], position: number, field: number) => {
    for (const word of words) {
      const list = postings.get(word);
      const entry = position * 4 + field;
      if (!list) postings.set(word, [entry]);
      else if (list[list.length - 1] !== entry) list.push(entry);
    }
  };
  // A Library holds many articles of each site: the words of each site are folded once.
  const siteWords = new Map<string, string[]>();
  return {
    add(item, position) {
      addWords(foldedWords(item.title), position, 3);
      const site = `${item.siteName ?? ''} ${quickHost(item.url)}`;
      let words = siteWords.get(site);
      if (!words) {
        words = foldedWords(site);
        siteWords.set(site, words);
      }
      addWords(words, position, 1);
      if (item.tags.length > 0) addWords(foldedWords(item.tags.join(' ')), position, 2);
    },
    finish() {
      const words = [...postings.keys()].sort();
      const byLength = new Map<number, string[]>();
      for (const word of words) {
        if (/\d/.test(word)) continue;
        const sameLength = byLength.get(word.length);
        if (sameLength) sameLength.push(word);
        else byLength.set(word.length, [word]);
      }
      return { words, postings, byLength };
    },
  };
}

/** The site host of an http(s) address without parsing it whole (tens of thousands per Library), else hostOf. */
function quickHost(url: string): string {
  const host = /^https?:\/\/([^/:?#@]+)[/:?#]?/i.exec(url)?.[1];
  return host ? siteHost(host) : hostOf(url);
}

/**
 * Whether `word` may be `term` with a typo in its first letters: the same first letter, or the
 * first two swapped, dropped or doubled (a typo further in keeps the first letter). Scanning only
 * these keeps a typo search to a few hundred comparisons in 50,000 words.
 */
function nearStart(term: string, word: string): boolean {
  return word[0] === term[0] || word[1] === term[1] || word[0] === term[1] || word[1] === term[0];
}

/** First position in the sorted `words` not before `term`. */
function lowerBound(words: readonly string[], term: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Edit distance between `a` and `b` when at most `max`, else max + 1 (stops early). */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The articles whose title, site or tags hold the folded query word `term`: as a whole word, as a
 * prefix from PREFIX_MIN_LENGTH letters, and within typosAllowed(term) typos.
 */
export function matchMeta(index: MetaIndex, term: string): Map<number, TermMatch> {
  const matches = new Map<number, TermMatch>();
  const take = (word: string, kind: number) => {
    for (const entry of index.postings.get(word) ?? [])
      addMatch(matches, entry >>> 2, FIELD_OF[entry & 3]! * kind, word);
  };
  take(term, MATCH_KINDS.exact);
  if (term.length >= PREFIX_MIN_LENGTH) {
    for (let at = lowerBound(index.words, term); at < index.words.length; at += 1) {
      const word = index.words[at]!;
      if (!word.startsWith(term)) break;
      if (word !== term) take(word, MATCH_KINDS.prefix);
    }
  }
  const typos = typosAllowed(term);
  for (let length = term.length - typos; typos > 0 && length <= term.length + typos; length += 1) {
    for (const word of index.byLength.get(length) ?? []) {
      if (word === term || word.startsWith(term) || !nearStart(term, word)) continue;
      if (boundedDistance(term, word, typos) <= typos) take(word, MATCH_KINDS.fuzzy);
    }
  }
  return matches;
}
