import type { BackupHighlight, BackupNote, Json, JsonRecord } from './types';

/**
 * Each line of annotations.jsonl is a W3C Web Annotation (JSON-LD), readable by any tool that
 * knows the model (Hypothesis, Recogito…). What the model has no term for (the article's id, the
 * colour, other stored fields) uses the "liseuse:" prefix, declared in the context.
 */
export const ANNOTATION_CONTEXT: Json = ['http://www.w3.org/ns/anno.jsonld', { liseuse: 'urn:liseuse:' }];

const HIGHLIGHT_ID = 'urn:liseuse:highlight:';
const NOTE_ID = 'urn:liseuse:note:';

/** The Web Annotation of a highlight of the article at `articleUrl`. */
export function highlightAnnotation(highlight: BackupHighlight, articleUrl: string): JsonRecord {
  const selectors: Json[] = [{ type: 'TextQuoteSelector', ...highlight.quote }];
  if (highlight.position) selectors.push({ type: 'TextPositionSelector', ...highlight.position });
  return {
    '@context': ANNOTATION_CONTEXT,
    id: HIGHLIGHT_ID + encodeURIComponent(highlight.id),
    type: 'Annotation',
    motivation: 'highlighting',
    created: new Date(highlight.createdAt).toISOString(),
    modified: new Date(highlight.updatedAt).toISOString(),
    ...(highlight.note ? { body: [{ type: 'TextualBody', value: highlight.note, format: 'text/plain', purpose: 'commenting' }] } : {}),
    target: { source: articleUrl, selector: selectors },
    'liseuse:article': highlight.articleId,
    ...(highlight.color !== null ? { 'liseuse:color': highlight.color } : {}),
    ...(Object.keys(highlight.fields).length > 0 ? { 'liseuse:fields': highlight.fields } : {}),
  };
}

/** The Web Annotation of an article's note: a comment on the whole page. */
export function noteAnnotation(note: BackupNote, articleUrl: string): JsonRecord {
  return {
    '@context': ANNOTATION_CONTEXT,
    id: NOTE_ID + encodeURIComponent(note.id),
    type: 'Annotation',
    motivation: 'commenting',
    created: new Date(note.createdAt).toISOString(),
    modified: new Date(note.updatedAt).toISOString(),
    body: { type: 'TextualBody', value: note.text, format: 'text/plain' },
    target: articleUrl,
    'liseuse:article': note.articleId,
    ...(Object.keys(note.fields).length > 0 ? { 'liseuse:fields': note.fields } : {}),
  };
}

/** A highlight or a note read back from its annotation; null when the line is not one of ours. */
export type AnnotationRecord = { kind: 'highlight'; highlight: BackupHighlight } | { kind: 'note'; note: BackupNote } | null;

/** Reads back what `highlightAnnotation` or `noteAnnotation` wrote, exactly. */
export function recordOfAnnotation(json: unknown): AnnotationRecord {
  if (!isRecord(json) || json.type !== 'Annotation' || typeof json.id !== 'string') return null;
  const articleId = json['liseuse:article'];
  const createdAt = Date.parse(String(json.created));
  const updatedAt = Date.parse(String(json.modified));
  if (typeof articleId !== 'string' || !Number.isFinite(createdAt) || !Number.isFinite(updatedAt)) return null;
  const fields = isRecord(json['liseuse:fields']) ? json['liseuse:fields'] : {};
  if (json.id.startsWith(NOTE_ID)) {
    const body = json.body;
    if (!isRecord(body) || typeof body.value !== 'string') return null;
    return { kind: 'note', note: { id: decodeURIComponent(json.id.slice(NOTE_ID.length)), articleId, text: body.value, createdAt, updatedAt, fields } };
  }
  if (!json.id.startsWith(HIGHLIGHT_ID) || !isRecord(json.target) || !Array.isArray(json.target.selector)) return null;
  const selectors = json.target.selector.filter(isRecord);
  const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector');
  const position = selectors.find((selector) => selector.type === 'TextPositionSelector');
  if (!quote || typeof quote.exact !== 'string') return null;
  const note = Array.isArray(json.body) && isRecord(json.body[0]) && typeof json.body[0].value === 'string' ? json.body[0].value : '';
  const color = json['liseuse:color'];
  return {
    kind: 'highlight',
    highlight: {
      id: decodeURIComponent(json.id.slice(HIGHLIGHT_ID.length)),
      articleId,
      quote: { exact: quote.exact, prefix: String(quote.prefix ?? ''), suffix: String(quote.suffix ?? '') },
      position: position && typeof position.start === 'number' && typeof position.end === 'number' ? { start: position.start, end: position.end } : null,
      color: typeof color === 'string' ? color : null,
      note,
      createdAt,
      updatedAt,
      fields,
    },
  };
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
