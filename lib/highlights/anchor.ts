import { positionOf, quoteOf, type Highlight, type HighlightTarget, type TextQuoteSelector } from './highlight';
import { bestFuzzyMatch, exactMatches, type QuoteContext, type QuoteMatch } from './match-quote';

/** How a highlight was placed: its stored position, an exact search, or a fuzzy one. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/**
 * Where a highlight sits in the current text, or `orphan` when it cannot be placed. An orphan is
 * never dropped: the reader lists it with its quote and note and can re-attach it.
 */
export type Anchoring =
  { status: 'anchored'; start: number; end: number; method: AnchorMethod; score: number } | { status: 'orphan' };

/**
 * The least score (0..1, lib/highlights/match-quote.ts) a fuzzy match needs. A fixed typo, a
 * reworded word or an edited sentence next to the quote score above 0.9; a short quote found
 * by chance elsewhere, with unrelated context, scores near 0.5. Below this, better an orphan
 * than a highlight on the wrong words.
 */
export const MIN_FUZZY_SCORE = 0.75;

/**
 * The most edits a fuzzy match may have, as a share of the quote's length. Above a quarter,
 * the words are no longer the ones the reader highlighted.
 */
export const MAX_ERROR_RATIO = 0.25;

/** Hypothesis's ceiling on edits, which also bounds the work on very long quotes. */
const MAX_ERRORS = 256;

/** Characters searched first on each side of the stored position before the whole text. */
const NEAR_WINDOW = 2048;

const ORPHAN: Anchoring = Object.freeze({ status: 'orphan' });

function anchored(match: Pick<QuoteMatch, 'start' | 'end' | 'score'>, method: AnchorMethod): Anchoring {
  return { status: 'anchored', start: match.start, end: match.end, method, score: match.score };
}

/**
 * Places a target in the normalized text, in this order: the stored position if it still holds
 * the exact quote; else an exact search for the quote, its context and position telling
 * repeated quotes apart; else a fuzzy search scored on quote, context and position, accepted
 * above MIN_FUZZY_SCORE. Otherwise the target is an orphan.
 */
export function anchorTarget(text: string, target: HighlightTarget): Anchoring {
  const quote = quoteOf({ target });
  const position = positionOf({ target });
  const exact = quote.exact;
  if (!exact) return ORPHAN;
  if (text.startsWith(exact, position.start) && position.end - position.start === exact.length) {
    return anchored({ start: position.start, end: position.end, score: 1 }, 'position');
  }
  const context: QuoteContext = { prefix: quote.prefix, suffix: quote.suffix, hint: position.start };
  const near = exactNear(text, quote, position.start);
  if (near !== null) return anchored({ start: near, end: near + exact.length, score: 1 }, 'quote');
  const [best] = exactMatches(text, exact, context);
  if (best) return anchored(best, 'quote');
  const fuzzy = fuzzyNear(text, exact, context) ?? bestFuzzyMatch(text, exact, maxErrorsFor(exact), context);
  return fuzzy && fuzzy.score >= MIN_FUZZY_SCORE ? anchored(fuzzy, 'fuzzy') : ORPHAN;
}

function maxErrorsFor(quote: string): number {
  return Math.min(MAX_ERRORS, Math.floor(quote.length * MAX_ERROR_RATIO));
}

/**
 * The start of the exact quote with its whole stored context, nearest the stored position within
 * NEAR_WINDOW, or null. The common re-save (text added or removed elsewhere) is settled here
 * without scanning a long article for every occurrence; the same words with the same context
 * on both sides twice are the same passage, so the nearest is the one scoring would pick.
 */
function exactNear(text: string, quote: TextQuoteSelector, hint: number): number | null {
  const from = Math.max(0, hint - NEAR_WINDOW);
  const to = Math.min(text.length, hint + NEAR_WINDOW + quote.exact.length);
  let best: number | null = null;
  for (
    let at = text.indexOf(quote.exact, from);
    at !== -1 && at + quote.exact.length <= to;
    at = text.indexOf(quote.exact, at + 1)
  ) {
    const fits =
      at >= quote.prefix.length &&
      text.startsWith(quote.prefix, at - quote.prefix.length) &&
      text.startsWith(quote.suffix, at + quote.exact.length);
    if (fits && (best === null || Math.abs(at - hint) < Math.abs(best - hint))) best = at;
  }
  return best;
}

/**
 * A good enough fuzzy match near the stored position: most edits move a passage only a little,
 * and searching a few kilobytes is much cheaper than the whole of a long article.
 */
function fuzzyNear(text: string, exact: string, context: QuoteContext): QuoteMatch | null {
  const hint = context.hint ?? 0;
  const from = Math.max(0, hint - NEAR_WINDOW - exact.length);
  const to = Math.min(text.length, hint + NEAR_WINDOW + 2 * exact.length);
  if (from === 0 && to === text.length) return null;
  const near = bestFuzzyMatch(text.slice(from, to), exact, maxErrorsFor(exact), { ...context, hint: hint - from });
  if (!near || near.score < MIN_FUZZY_SCORE) return null;
  return { ...near, start: near.start + from, end: near.end + from };
}

/** Anchors every highlight of an article against its current normalized text. */
export function anchorAll(
  text: string,
  highlights: readonly Pick<Highlight, 'id' | 'target'>[],
): Map<string, Anchoring> {
  const result = new Map<string, Anchoring>();
  for (const highlight of highlights) result.set(highlight.id, anchorTarget(text, highlight.target));
  return result;
}
