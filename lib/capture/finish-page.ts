import { finishArticleSteps } from '../extract/finish-article';
import { runInSlices } from '../extract/run-steps';
import type { ExtractionResult } from '../extract/types';
import { IN_TAB_BUDGET_MS, takeArticle } from './page-world';
import { yieldToPage } from './yield-to-page';

/**
 * Run in the page by the second injected script (/extract-rest.js, which alone carries the
 * sanitizer): finishes the article the first script read there (the whole article sanitized, its
 * text and word count), in steps between which the page stays responsive, within the time budget.
 */
export async function finishPage(budgetMs = IN_TAB_BUDGET_MS): Promise<ExtractionResult> {
  const article = takeArticle();
  if (!article)
    return { ok: false, reason: 'no-article', detail: 'the page changed before the rest of the article was read' };
  try {
    return await runInSlices(finishArticleSteps(article), { deadline: performance.now() + budgetMs, yieldToPage });
  } catch (error) {
    return { ok: false, reason: 'no-article', detail: String(error) };
  }
}
