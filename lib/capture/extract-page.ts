import { extractInParts, type ExtractionFirstPart, type ExtractionResult } from '../extract';
import { EXTRACTION_REST_KEY } from './extraction-rest';

/**
 * What the injected script returns: the first part of the article (the rest follows through
 * takeExtractionRest), or why there is none, a PDF included.
 */
export type PageFirstPartResult =
  | { ok: true; first: ExtractionFirstPart }
  | Extract<ExtractionResult, { ok: false }>
  | { ok: false; reason: 'pdf'; detail?: string };

/** A rest nobody came for (the popup closed) is dropped after this long. */
const REST_KEPT_MS = 60_000;

/**
 * Runs the extraction pipeline on the live page, unless the page is a PDF document, and returns
 * the first part of the article at once. The rest (the whole article sanitized, its text) is
 * computed right after this script returns, while the popup paints the first part, and left in
 * the page's isolated world for takeExtractionRest. There is no isProbablyReaderable gate:
 * Firefox asks it only to decide whether to offer its reader, and a reader who clicked Liseuse
 * has decided. The pipeline judges its own result instead (lib/extract/judge-article.ts), so a
 * short real post is shown and a home page is not.
 */
export function extractPage(doc: Document): PageFirstPartResult {
  // Chrome's and Firefox's PDF viewers keep the document's content type.
  if (doc.contentType === 'application/pdf') return { ok: false, reason: 'pdf' };
  try {
    const parts = extractInParts(doc);
    if (!parts.ok) return parts;
    const world = globalThis as Record<string, unknown>;
    const rest = new Promise<ExtractionResult>((resolve) => setTimeout(() => resolve(finishSafely(parts.finish)), 0));
    world[EXTRACTION_REST_KEY] = rest;
    setTimeout(() => {
      if (world[EXTRACTION_REST_KEY] === rest) delete world[EXTRACTION_REST_KEY];
    }, REST_KEPT_MS);
    return { ok: true, first: parts.first };
  } catch (error) {
    // A page that breaks the pipeline is reported like a page without an article, with why.
    return { ok: false, reason: 'no-article', detail: String(error) };
  }
}

function finishSafely(finish: () => ExtractionResult): ExtractionResult {
  try {
    return finish();
  } catch (error) {
    return { ok: false, reason: 'no-article', detail: String(error) };
  }
}
