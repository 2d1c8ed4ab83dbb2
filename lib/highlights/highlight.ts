import { DEFAULT_COLOUR, type HighlightColour } from './colours';

/**
 * W3C Web Annotation TextQuoteSelector (https://www.w3.org/TR/annotation-model/#text-quote-selector):
 * the highlighted words and up to 64 characters of context on each side, all taken from the
 * article's normalized text (lib/highlights/text-map.ts).
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * W3C Web Annotation TextPositionSelector: offsets into the normalized article text, `end`
 * exclusive. A hint only: a re-saved article may have moved the words (lib/highlights/anchor.ts).
 */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Where a highlight sits: a Web Annotation target's selectors, quote first (it is the truth). */
export interface HighlightTarget {
  selector: [TextQuoteSelector, TextPositionSelector];
}

/**
 * A quoted range of an article plus the reader's note on it (STYLE.md's word). This is the
 * stored record (lib/storage) and the unit every export and import works on; its Web Annotation
 * form is in lib/highlights/web-annotation.ts.
 */
export interface Highlight {
  /** Random UUID, never reused; exports derive their block ids from it (`^hl-<id>`). */
  id: string;
  /** The Article it belongs to. */
  articleId: string;
  colour: HighlightColour;
  /** The reader's note on this passage, Markdown allowed; '' when there is none. */
  note: string;
  target: HighlightTarget;
  /** Epoch milliseconds. */
  createdAt: number;
  /** Epoch milliseconds of the last change (colour, note, re-attachment). */
  updatedAt: number;
}

/** Free text on a whole article (STYLE.md's `Note`); at most one per article. */
export interface Note {
  /** Random UUID. */
  id: string;
  articleId: string;
  /** Markdown allowed. */
  text: string;
  createdAt: number;
  updatedAt: number;
}

/** The quote selector of a highlight. */
export function quoteOf(highlight: Pick<Highlight, 'target'>): TextQuoteSelector {
  return highlight.target.selector[0];
}

/** The position selector of a highlight. */
export function positionOf(highlight: Pick<Highlight, 'target'>): TextPositionSelector {
  return highlight.target.selector[1];
}

/** Builds a target from a quote and its position in the normalized text. */
export function makeTarget(
  quote: Omit<TextQuoteSelector, 'type'>,
  position: Omit<TextPositionSelector, 'type'>,
): HighlightTarget {
  return {
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
  };
}

/** What a new highlight needs; the rest (id, dates, defaults) is filled in. */
export interface NewHighlight {
  articleId: string;
  target: HighlightTarget;
  colour?: HighlightColour;
  note?: string;
}

/** A new Highlight record with a fresh id; `now` is epoch milliseconds. */
export function createHighlight(input: NewHighlight, now = Date.now()): Highlight {
  return {
    id: crypto.randomUUID(),
    articleId: input.articleId,
    colour: input.colour ?? DEFAULT_COLOUR,
    note: input.note ?? '',
    target: input.target,
    createdAt: now,
    updatedAt: now,
  };
}

/** A new article Note with a fresh id. */
export function createNote(articleId: string, text: string, now = Date.now()): Note {
  return { id: crypto.randomUUID(), articleId, text, createdAt: now, updatedAt: now };
}

/** Highlights in reading order (by stored position; ties by creation), without changing `highlights`. */
export function inReadingOrder<T extends Pick<Highlight, 'target' | 'createdAt' | 'id'>>(
  highlights: readonly T[],
): T[] {
  return [...highlights].sort(
    (a, b) =>
      positionOf(a).start - positionOf(b).start ||
      positionOf(a).end - positionOf(b).end ||
      a.createdAt - b.createdAt ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
