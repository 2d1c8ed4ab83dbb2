import { foldText, WORD_PATTERN } from '../shared/text';

/**
 * What counts as a word of an article, for both indexes (the in-memory one and the full-text
 * postings) and for queries: folded words of two letters or more, stop words aside.
 */

/**
 * Words too common to tell articles apart (English and French), left out of the text in both
 * indexes: they would be posted for nearly every article. Queries still match them in titles.
 * Compared after folding, so a word is left out when its folded form is also a real word
 * ("these" = "thèse", "ete" = "été").
 */
export const STOP_WORDS = new Set(
  (
    'the and for that with this from are was were have has had not but you your they their its ' +
    'our his her she him who what which when where will would can could there been than then ' +
    'them those into about also more most some such only other just over very ' +
    'les des une est que qui dans pour par sur pas plus aux avec son ses sont ont mais comme ' +
    'tout tous elle elles nous vous ils leur leurs cette ces etre fait sans entre aussi'
  ).split(' '),
);

/**
 * Query terms match as prefixes from three letters: with 10,000 articles, "pr" expands to
 * thousands of words and took the search past 50 ms (bench/library); one or two letters still
 * find whole words ("tv", "un").
 */
export const PREFIX_MIN_LENGTH = 3;

/** The distinct indexed words of `text`, folded, in order of first appearance; at most `limit`. */
export function distinctTerms(text: string, limit = Infinity): string[] {
  const terms = new Set<string>();
  for (const [word] of text.matchAll(WORD_PATTERN)) {
    const folded = foldText(word);
    if (folded.length < 2 || STOP_WORDS.has(folded)) continue;
    terms.add(folded);
    if (terms.size >= limit) break;
  }
  return [...terms];
}

/** The folded words of a query, once each, in the order typed (stop words included: titles hold them). */
export function queryTermsOf(query: string): string[] {
  return [...new Set([...query.matchAll(WORD_PATTERN)].map(([word]) => foldText(word)))];
}
