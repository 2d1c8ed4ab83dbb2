import { extractArticleInSlices, type ExtractionResult } from '../extract';
import { hasDom, offscreenCall } from './offscreen-call';
import { yieldToPage } from './yield-to-page';

/**
 * Time Save link's extraction may take before it gives up (reason 'timeout'), as in the tab
 * (IN_TAB_BUDGET_MS); whoever waits for it stops waiting a little later (parse-in-sandbox.ts).
 */
export const OFF_PAGE_BUDGET_MS = 4_000;

/**
 * Extracts the article from downloaded HTML (Save link) wherever a DOM exists: here when this
 * context has one (Firefox's event page), else in the offscreen document (Chrome's service
 * worker has none), which hands it to a sandbox it can drop (parse-in-sandbox.ts).
 */
export async function extractHtml(html: string, url: string): Promise<ExtractionResult> {
  return hasDom() ? extractHtmlHere(html, url) : offscreenCall('extractHtml', { html, url });
}

/**
 * Runs the extraction pipeline on downloaded HTML in this context. DOMParser's document is inert:
 * nothing in it runs or loads. It has no window, so the sanitizer uses this context's. The work
 * is cut into steps within a time budget, so that the page doing it stays responsive and a
 * pathological page gives up instead of holding it.
 */
export async function extractHtmlHere(
  html: string,
  url: string,
  budgetMs = OFF_PAGE_BUDGET_MS,
): Promise<ExtractionResult> {
  const deadline = performance.now() + budgetMs;
  try {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return await extractArticleInSlices(parsed, { url, window, deadline, yieldToPage });
  } catch (error) {
    return { ok: false, reason: 'no-article', detail: String(error) };
  }
}
