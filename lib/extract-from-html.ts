import { extractArticleInSlices, type ExtractionResult } from './extract';
import { yieldToPage } from './capture/yield-to-page';

/**
 * Time Save link's extraction may take before it gives up (reason 'timeout'), as in the tab
 * (IN_TAB_BUDGET_MS); whoever waits for it stops waiting a little later (parse-in-sandbox.ts).
 */
export const OFF_PAGE_BUDGET_MS = 4_000;

/**
 * Runs the extraction pipeline on downloaded HTML (Save link). DOMParser's document is inert:
 * nothing in it runs or loads. It has no window, so the sanitizer uses this context's. The work
 * is cut into steps within a time budget, so that the extension page doing it stays responsive
 * and a pathological page gives up instead of holding it. On Chrome this runs in a sandboxed
 * frame of its own (lib/capture/parse-in-sandbox.ts), which can be abandoned.
 */
export async function extractFromHtml(html: string, url: string, budgetMs = OFF_PAGE_BUDGET_MS): Promise<ExtractionResult> {
  const deadline = performance.now() + budgetMs;
  try {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return await extractArticleInSlices(parsed, { url, window, deadline, yieldToPage });
  } catch (error) {
    return { ok: false, reason: 'no-article', detail: String(error) };
  }
}
