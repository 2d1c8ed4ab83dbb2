import { anchorTarget } from '../highlights/anchor';
import { describeOffsets } from '../highlights/describe-range';
import { quoteOf, type Highlight } from '../highlights/highlight';

/** Where a placed highlight is in the current normalized text. */
export interface Span {
  start: number;
  end: number;
}

/** What anchoring an article's highlights gave. */
export interface Placement {
  /** Placed highlights by id. */
  spans: Map<string, Span>;
  /** Ids of the highlights that could not be placed (listed as orphans, never dropped). */
  orphans: Set<string>;
  /**
   * Highlights whose exact words were found at a new place (the article was re-saved): their
   * position and context, refreshed to the current text, to store so the next opening is fast.
   * A fuzzy match is shown but never stored: the words the reader highlighted stay the quote.
   */
  moved: Highlight[];
}

/** Anchors every highlight against the article's current normalized `text` (lib/highlights/anchor.ts). */
export function placeHighlights(text: string, highlights: readonly Highlight[], now = Date.now()): Placement {
  const spans = new Map<string, Span>();
  const orphans = new Set<string>();
  const moved: Highlight[] = [];
  for (const highlight of highlights) {
    const anchoring = anchorTarget(text, highlight.target);
    if (anchoring.status === 'orphan') {
      orphans.add(highlight.id);
      continue;
    }
    spans.set(highlight.id, { start: anchoring.start, end: anchoring.end });
    if (anchoring.method !== 'quote') continue;
    const target = describeOffsets(text, anchoring.start, anchoring.end);
    if (target && target.selector[0].exact === quoteOf(highlight).exact)
      moved.push({ ...highlight, target, updatedAt: now });
  }
  return { spans, orphans, moved };
}
