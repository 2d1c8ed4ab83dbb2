import { extractInPartsInSlices, type ExtractionFirstPart, type ExtractionResult } from '../extract';
import { builtIn } from '../extract/built-in';
import { EXTRACTION_REST_KEY } from './extraction-rest';
import { yieldToPage } from './yield-to-page';

/**
 * What the injected script returns: the first part of the article (the rest follows through
 * takeExtractionRest), or why there is none, a PDF included.
 */
export type PageFirstPartResult =
  | { ok: true; first: ExtractionFirstPart }
  | Extract<ExtractionResult, { ok: false }>
  | { ok: false; reason: 'pdf'; detail?: string };

/**
 * Time the extraction may take in the tab before it gives up (reason 'timeout'), for the first
 * part and again for the rest. The extension stops waiting a second later (extract-in-tab.ts), so
 * the reader has an answer within 5 s.
 */
export const IN_TAB_BUDGET_MS = 4_000;

/** A rest nobody came for (the popup closed) is dropped after this long. */
const REST_KEPT_MS = 60_000;

/**
 * Runs the extraction pipeline on the live page, unless the page is a PDF document, and returns
 * the first part of the article as soon as it is ready. The rest (the whole article sanitized, its
 * text) is computed right after, while the popup paints the first part, and left in the page's
 * isolated world for takeExtractionRest. There is no isProbablyReaderable gate: Firefox asks it
 * only to decide whether to offer its reader, and a reader who clicked Liseuse has decided. The
 * pipeline judges its own result instead (lib/extract/judge-article.ts), so a short real post is
 * shown and a home page is not.
 *
 * The page is hostile ground: it is read through built-in DOM properties until the pipeline has
 * its own copy without clobbering names (lib/extract/defuse-clobbering.ts), the article is filed
 * under the document's real address (never its `<base href>`), and the work is cut into steps
 * between which the page stays responsive, within a time budget.
 */
export async function extractPage(doc: Document, budgetMs = IN_TAB_BUDGET_MS): Promise<PageFirstPartResult> {
  try {
    // Chrome's and Firefox's PDF viewers keep the document's content type. (Read as it is: a
    // clobbered contentType is an element, never the string "application/pdf".)
    if (doc.contentType === 'application/pdf') return { ok: false, reason: 'pdf' };
    const deadline = performance.now() + budgetMs;
    const parts = await extractInPartsInSlices(doc, { url: builtIn<string>(doc, 'URL'), window, deadline, yieldToPage });
    if (!parts.ok) return parts;
    const world = globalThis as Record<string, unknown>;
    const rest = finishSafely(() => parts.finish(performance.now() + budgetMs));
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

/** The rest, started once this script has returned its first part (so the popup paints meanwhile). */
async function finishSafely(finish: () => Promise<ExtractionResult>): Promise<ExtractionResult> {
  await yieldToPage();
  try {
    return await finish();
  } catch (error) {
    return { ok: false, reason: 'no-article', detail: String(error) };
  }
}
