import { unsanitizedArticle } from '../extract/run-steps';
import type { ExtractionFailure, UnsanitizedArticle } from '../extract/types';
import { takeArticle } from './page-world';

/** What the second injected script returns: the whole article, not sanitized yet, or why there is none. */
export type PageRestResult =
  { ok: true; article: UnsanitizedArticle } | { ok: false; reason: ExtractionFailure; detail?: string };

/**
 * Run in the page by the second injected script (/extract-rest.js): hands over the whole article
 * the first script read there, as HTML. It is sanitized, and its text and word count derived, in
 * an extension page (finishArticle in lib/extract/finish-article.ts): on a large page that is a
 * third of the pipeline's time, which the page the reader is on no longer pays, and the HTML is
 * made safe where the page's scripts cannot reach.
 */
export function finishPage(): PageRestResult {
  const article = takeArticle();
  if (!article)
    return { ok: false, reason: 'no-article', detail: 'the page changed before the rest of the article was read' };
  try {
    return { ok: true, article: unsanitizedArticle(article) };
  } catch (error) {
    return { ok: false, reason: 'no-article', detail: String(error) };
  }
}
