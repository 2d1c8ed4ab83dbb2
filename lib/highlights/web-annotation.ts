import { COLOUR_STYLES, DEFAULT_COLOUR, isHighlightColour } from './colours';
import { makeTarget, type Highlight, type Note, type TextPositionSelector, type TextQuoteSelector } from './highlight';

/**
 * Highlights and article notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/),
 * the JSON-LD form the JSON export writes and an import or a backup reads back:
 *
 * - a Highlight is an Annotation with motivation "highlighting"; its target is the article's
 *   URL with a TextQuoteSelector and a TextPositionSelector (over Liseuse's normalized text) and
 *   the colour as the target's `styleClass`, defined by the annotation's CSS `stylesheet`; a note
 *   is a TextualBody (Markdown) with purpose "commenting";
 * - an article Note is an Annotation with motivation "commenting" whose target is the URL alone.
 *
 * Ids are `urn:uuid:<id>`, so a re-export keeps them and a restore finds the same records.
 */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A Web Annotation text body (the note). */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/markdown';
  purpose: 'commenting';
}

/** The specific resource a highlight targets. */
export interface AnnotationTarget {
  source: string;
  styleClass: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}

/** A Web Annotation as Liseuse writes it. */
export interface WebAnnotation {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: TextualBody[];
  stylesheet?: { type: 'CssStylesheet'; value: string };
  target: AnnotationTarget | string;
}

const URN_PREFIX = 'urn:uuid:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const noteBody = (text: string): TextualBody[] | undefined =>
  text ? [{ type: 'TextualBody', value: text, format: 'text/markdown', purpose: 'commenting' }] : undefined;

/** The Web Annotation of a highlight of the article at `source` (its URL). */
export function highlightToAnnotation(highlight: Highlight, source: string): WebAnnotation {
  const style = COLOUR_STYLES[highlight.colour];
  const annotation: WebAnnotation = {
    '@context': ANNOTATION_CONTEXT,
    id: URN_PREFIX + highlight.id,
    type: 'Annotation',
    motivation: 'highlighting',
    created: new Date(highlight.createdAt).toISOString(),
    modified: new Date(highlight.updatedAt).toISOString(),
    stylesheet: { type: 'CssStylesheet', value: `.${highlight.colour} { background-color: ${style.light}; }` },
    target: { source, styleClass: highlight.colour, selector: highlight.target.selector },
  };
  const body = noteBody(highlight.note);
  if (body) annotation.body = body;
  return annotation;
}

/** The Web Annotation of an article's Note. */
export function noteToAnnotation(note: Note, source: string): WebAnnotation {
  return {
    '@context': ANNOTATION_CONTEXT,
    id: URN_PREFIX + note.id,
    type: 'Annotation',
    motivation: 'commenting',
    created: new Date(note.createdAt).toISOString(),
    modified: new Date(note.updatedAt).toISOString(),
    body: noteBody(note.text) ?? [],
    target: source,
  };
}

/** What reading one annotation gave: a highlight, an article note, or why it was not usable. */
export type AnnotationRecord =
  { kind: 'highlight'; highlight: Highlight } | { kind: 'note'; note: Note } | { kind: 'invalid'; reason: string };

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function timeOf(value: unknown, fallback: number): number {
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(time) ? time : fallback;
}

/** Our id back from `urn:uuid:…`; a fresh one for another tool's ids (URLs and such). */
function idOf(value: unknown): string {
  const id = typeof value === 'string' && value.startsWith(URN_PREFIX) ? value.slice(URN_PREFIX.length) : '';
  return UUID.test(id) ? id.toLowerCase() : crypto.randomUUID();
}

function noteTextOf(annotation: Loose): string {
  const bodies = asArray(annotation.body).filter(isObject);
  const texts = bodies
    .filter((body) => body.purpose === undefined || body.purpose === 'commenting' || body.purpose === 'describing')
    .map((body) => (typeof body.value === 'string' ? body.value : ''))
    .filter(Boolean);
  return texts.join('\n\n');
}

/**
 * Reads one Web Annotation (ours or another tool's) as a record of the article `articleId`.
 * A highlight needs a TextQuoteSelector; a missing position becomes 0–0, which anchoring
 * treats as "search for the quote". Unknown colours become the default one.
 */
export function annotationToRecord(value: unknown, articleId: string, now = Date.now()): AnnotationRecord {
  if (!isObject(value)) return { kind: 'invalid', reason: 'not an object' };
  const created = timeOf(value.created, now);
  const updated = timeOf(value.modified, created);
  const target = asArray(value.target)[0];
  const selectors = isObject(target) ? asArray(target.selector).filter(isObject) : [];
  const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector');
  if (!quote) {
    if (typeof target === 'string' || (isObject(target) && typeof target.source === 'string')) {
      return {
        kind: 'note',
        note: { id: idOf(value.id), articleId, text: noteTextOf(value), createdAt: created, updatedAt: updated },
      };
    }
    return { kind: 'invalid', reason: 'no text quote to anchor' };
  }
  if (typeof quote.exact !== 'string' || quote.exact.length === 0) return { kind: 'invalid', reason: 'empty quote' };
  const position = selectors.find((selector) => selector.type === 'TextPositionSelector');
  const start = typeof position?.start === 'number' ? position.start : 0;
  const end = typeof position?.end === 'number' ? position.end : 0;
  const styleClass = isObject(target) ? target.styleClass : undefined;
  const highlight: Highlight = {
    id: idOf(value.id),
    articleId,
    colour: isHighlightColour(styleClass) ? styleClass : DEFAULT_COLOUR,
    note: noteTextOf(value),
    target: makeTarget(
      {
        exact: quote.exact,
        prefix: typeof quote.prefix === 'string' ? quote.prefix : '',
        suffix: typeof quote.suffix === 'string' ? quote.suffix : '',
      },
      { start, end },
    ),
    createdAt: created,
    updatedAt: updated,
  };
  return { kind: 'highlight', highlight };
}
