import { extractArticleInSlices, type ExtractionResult } from '../extract';
import { builtIn } from '../extract/built-in';
import { yieldToPage } from './yield-to-page';

/** What the injected script returns: the pipeline's result, or that the page is a PDF. */
export type PageExtractionResult = ExtractionResult | { ok: false; reason: 'pdf'; detail?: string };

/**
 * Time the extraction may take in the tab before it gives up (reason 'timeout'). The extension
 * stops waiting a second later (extract-in-tab.ts), so the reader has an answer within 5 s.
 */
export const IN_TAB_BUDGET_MS = 4_000;

/**
 * Runs the extraction pipeline on the live page, unless the page is a PDF document. There is no
 * isProbablyReaderable gate: Firefox asks it only to decide whether to offer its reader, and a
 * reader who clicked Liseuse has decided. The pipeline judges its own result instead
 * (lib/extract/judge-article.ts), so a short real post is shown and a home page is not.
 *
 * The page is hostile ground: it is read through built-in DOM properties until the pipeline has
 * its own copy without clobbering names (lib/extract/defuse-clobbering.ts), the article is filed
 * under the document's real address (never its `<base href>`), and the work is cut into steps
 * between which the page stays responsive, within a time budget.
 */
export async function extractPage(doc: Document, budgetMs = IN_TAB_BUDGET_MS): Promise<PageExtractionResult> {
  const deadline = performance.now() + budgetMs;
  try {
    // Chrome's and Firefox's PDF viewers keep the document's content type. (Read as it is: a
    // clobbered contentType is an element, never the string "application/pdf".)
    if (doc.contentType === 'application/pdf') return { ok: false, reason: 'pdf' };
    return await extractArticleInSlices(doc, { url: builtIn<string>(doc, 'URL'), window, deadline, yieldToPage });
  } catch (error) {
    // A page that breaks the pipeline is reported like a page without an article, with why.
    return { ok: false, reason: 'no-article', detail: String(error) };
  }
}
