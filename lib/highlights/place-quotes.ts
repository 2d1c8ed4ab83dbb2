import { anchorTarget } from './anchor';
import { describeOffsets } from './describe-range';
import { positionOf, quoteOf, type Highlight } from './highlight';

/**
 * Whether a highlight carries its quote alone (what Pocket, Instapaper, Omnivore, Readwise or
 * wallabag export): no context, no position. Such a highlight is placed by its words once the
 * article's text is there.
 */
export function isQuoteOnly(highlight: Pick<Highlight, 'target'>): boolean {
  const quote = quoteOf(highlight);
  const position = positionOf(highlight);
  return quote.prefix === '' && quote.suffix === '' && position.start === 0 && position.end === 0;
}

/**
 * Places imported highlights (a quote only) in an article's normalized text (lib/highlights/
 * text-map.ts): each one whose exact words are found gets its position and context, so the
 * reader finds it at once and it survives a later re-save; one that is not found is returned
 * unchanged, an orphan the reader lists (never dropped). Returns the highlights that changed.
 */
export function placeQuotes(text: string, highlights: readonly Highlight[], now = Date.now()): Highlight[] {
  const placed: Highlight[] = [];
  for (const highlight of highlights) {
    if (!isQuoteOnly(highlight)) continue;
    const anchoring = anchorTarget(text, highlight.target);
    if (anchoring.status !== 'anchored' || anchoring.method === 'fuzzy') continue;
    const target = describeOffsets(text, anchoring.start, anchoring.end);
    if (target && target.selector[0].exact === quoteOf(highlight).exact)
      placed.push({ ...highlight, target, updatedAt: now });
  }
  return placed;
}
