import { extractArticle, type ExtractionResult } from '../extract';

/** What the injected script returns: the pipeline's result, or that the page is a PDF. */
export type PageExtractionResult = ExtractionResult | { ok: false; reason: 'pdf'; detail?: string };

/**
 * Runs the extraction pipeline on the live page, unless the page is a PDF document. There is no
 * isProbablyReaderable gate: Firefox asks it only to decide whether to offer its reader, and a
 * reader who clicked Liseuse has decided. The pipeline judges its own result instead
 * (lib/extract/judge-article.ts), so a short real post is shown and a home page is not.
 */
export function extractPage(doc: Document): PageExtractionResult {
  // Chrome's and Firefox's PDF viewers keep the document's content type.
  if (doc.contentType === 'application/pdf') return { ok: false, reason: 'pdf' };
  try {
    return extractArticle(doc);
  } catch (error) {
    // A page that breaks the pipeline is reported like a page without an article, with why.
    return { ok: false, reason: 'no-article', detail: String(error) };
  }
}
