import { sanitizeToParts } from '../shared/sanitize';
import { toPlainText } from './to-plain-text';
import { wordStats } from './word-stats';
import { runToEnd, unsanitizedArticle, type ArticleRead } from './run-steps';
import type { ExtractionResult, UnsanitizedArticle } from './types';

/**
 * Step 8 on the whole article: sanitized body, plain text, word count. The article is sanitized
 * from its HTML, as the first screen is, not from its tree: a tree the steps built can hold what
 * the HTML parser never builds (an <h2> inside a <p>), and DOMPurify would then need more passes
 * to reach HTML that parses back to itself.
 */
function* finishSteps(
  { html: unsanitized, ...fields }: UnsanitizedArticle,
  win: Window,
  mark: (step: string) => string,
): Generator<string, ExtractionResult> {
  const { body, html } = sanitizeToParts(unsanitized, win);
  yield mark('sanitize');
  const text = toPlainText(body);
  yield mark('toPlainText');
  const { wordCount, readingMinutes } = wordStats(text);
  yield mark('wordStats');
  return { ok: true, extraction: { ...fields, wordCount, readingMinutes, html, text } };
}

/** Step 8 where the whole pipeline runs in one place (the command line, Save link, tests). */
export function finishArticleSteps(article: ArticleRead): Generator<string, ExtractionResult> {
  return finishSteps(unsanitizedArticle(article), article.win, article.mark);
}

/**
 * Step 8 in an extension page, on the article a page sent: `win` is that page's window, whose
 * DOM parses and sanitizes the HTML (never the page's, whose scripts could tamper with it).
 */
export function finishArticle(article: UnsanitizedArticle, win: Window = globalThis.window): ExtractionResult {
  try {
    return runToEnd(finishSteps(article, win, (step) => step));
  } catch (error) {
    // As when the page's own steps fail: the reader is told there is no article, not left waiting.
    return { ok: false, reason: 'no-article', detail: `the article could not be sanitized: ${String(error)}` };
  }
}
