import search from 'approx-string-match';

/** A place in the text where a quote was found, and how well it fits. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** Edits between the stored quote and the text found (0 for an exact match). */
  errors: number;
  /** 0..1: quote, context and position together (scoreMatch). */
  score: number;
}

/** What is known around a quote: its stored context and where it used to be. */
export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** The stored start offset, to prefer the nearest of equal candidates. */
  hint?: number;
}

// The weights of the Hypothesis client (hypothesis/client, src/annotator/anchoring/match-quote.ts,
// BSD-2-Clause), whose anchoring has survived a decade of edited web pages: the quote matters
// most, then each side of its context, and position only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** 1 minus the edit ratio between `found` (text in the page) and `expected` (stored context). */
function similarity(found: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (found.length === 0) return 0;
  if (found === expected) return 1;
  const best = search(found, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

/** Scores a candidate place for a quote the way the Hypothesis client does (0..1). */
export function scoreMatch(
  text: string,
  quoteLength: number,
  candidate: Omit<QuoteMatch, 'score'>,
  context: QuoteContext,
): number {
  const quoteScore = 1 - candidate.errors / Math.max(1, quoteLength);
  const before = text.slice(Math.max(0, candidate.start - context.prefix.length), candidate.start);
  const after = text.slice(candidate.end, candidate.end + context.suffix.length);
  const positionScore =
    context.hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(candidate.start - context.hint) / text.length;
  const raw =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * similarity(before, context.prefix) +
    SUFFIX_WEIGHT * similarity(after, context.suffix) +
    POSITION_WEIGHT * Math.max(0, positionScore);
  return raw / MAX_SCORE;
}

/** Every exact occurrence of `quote`, best-fitting first; empty when there is none. */
export function exactMatches(text: string, quote: string, context: QuoteContext): QuoteMatch[] {
  const found: QuoteMatch[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0, score: 1 });
  }
  if (found.length > 1) {
    for (const match of found) match.score = scoreMatch(text, quote.length, match, context);
    found.sort((a, b) => b.score - a.score || a.start - b.start);
  }
  return found;
}

/**
 * The best approximate occurrence of `quote` with at most `maxErrors` edits (approx-string-match,
 * Myers' bit-parallel algorithm), scored with its context; null when there is none.
 */
export function bestFuzzyMatch(
  text: string,
  quote: string,
  maxErrors: number,
  context: QuoteContext,
): QuoteMatch | null {
  if (maxErrors < 1 || quote.length === 0) return null;
  let best: QuoteMatch | null = null;
  for (const candidate of search(text, quote, maxErrors)) {
    const score = scoreMatch(text, quote.length, candidate, context);
    if (!best || score > best.score) best = { ...candidate, score };
  }
  return best;
}
