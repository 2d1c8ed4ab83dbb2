import { isProbablyReaderable } from '@mozilla/readability';
import { extractArticle, type ExtractionResult } from '../extract';

/** What the injected script returns: the pipeline's result, or that the page is a PDF. */
export type PageExtractionResult = ExtractionResult | { ok: false; reason: 'pdf'; detail?: string };

/** Runs the extraction pipeline on the live page, unless the page is a PDF document. */
export function extractPage(doc: Document): PageExtractionResult {
  // Chrome's and Firefox's PDF viewers keep the document's content type.
  if (doc.contentType === 'application/pdf') return { ok: false, reason: 'pdf' };
  // Readability turns any page into "an article", a home page's headline list or search results
  // too. Firefox's reader view asks isProbablyReaderable before offering itself; so do we.
  if (!isProbablyReaderable(doc)) return { ok: false, reason: 'no-article', detail: 'not readerable' };
  try {
    return extractArticle(doc);
  } catch (error) {
    // A page that breaks the pipeline is reported like a page without an article, with why.
    return { ok: false, reason: 'no-article', detail: String(error) };
  }
}
