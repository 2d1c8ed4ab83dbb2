import { unsanitizedFirstPart } from '../extract/first-screen';
import { readArticleSteps } from '../extract/read-article';
import { runInSlices } from '../extract/run-steps';
import type { ExtractionResult, UnsanitizedFirstPart } from '../extract/types';
import { builtIn } from '../extract/built-in';
import { IN_TAB_BUDGET_MS, leaveArticle } from './page-world';
import { yieldToPage } from './yield-to-page';

/**
 * What the injected script returns: the first part of the article, its first screen not yet
 * sanitized (the popup sanitizes it; the rest follows from /extract-rest.js, finish-page.ts), or
 * why there is none, a PDF included.
 */
export type PageFirstPartResult =
  | { ok: true; first: UnsanitizedFirstPart }
  | Extract<ExtractionResult, { ok: false }>
  | { ok: false; reason: 'pdf'; detail?: string };

/**
 * Runs the extraction pipeline on the live page, unless the page is a PDF document, up to the
 * clean article, and returns its first part as soon as it is ready. The article is left in the
 * page's isolated world for the second script, which the extension injects at once and which
 * hands it over whole, for an extension page to sanitize, while the popup paints the first part. There is no
 * isProbablyReaderable gate: Firefox asks it only to decide whether to offer its reader, and a
 * reader who clicked Liseuse has decided. The pipeline judges its own result instead
 * (lib/extract/judge-article.ts), so a short real post is shown and a home page is not.
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
    const options = { url: builtIn<string>(doc, 'URL'), window, deadline: performance.now() + budgetMs, yieldToPage };
    const article = await runInSlices(readArticleSteps(doc, options), options);
    if (!article.ok) return article;
    leaveArticle(article);
    return { ok: true, first: unsanitizedFirstPart(article) };
  } catch (error) {
    // A page that breaks the pipeline is reported like a page without an article, with why.
    return { ok: false, reason: 'no-article', detail: String(error) };
  }
}
