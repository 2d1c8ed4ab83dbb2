import type { ExtractionResult } from '../../lib/extract';
import { finishArticle } from '../../lib/extract/finish-article';
import { readArticleSteps } from '../../lib/extract/read-article';
import { runToEnd, unsanitizedArticle } from '../../lib/extract/run-steps';

/**
 * The article as the extension gets it: steps 1–7 in the page, the HTML handed over, sanitized
 * from that HTML in an extension page; the command line instead sanitizes the page's copy in
 * place and proves it with parse5 (lib/shared/sanitize.ts sanitizeTreeToParts).
 */
export function extractedInTwoPlaces(doc: Document, url: string): ExtractionResult {
  const article = runToEnd(readArticleSteps(doc, { url }));
  return article.ok ? finishArticle(unsanitizedArticle(article), article.win) : article;
}
