import { sanitizeToParts, sanitizeTreeToParts, type SanitizedParts } from '../shared/sanitize';
import { toPlainText } from './to-plain-text';
import { wordStats } from './word-stats';
import { runToEnd, type ArticleRead } from './run-steps';
import type { ExtractionResult, UnsanitizedArticle } from './types';

/** Step 8 on the whole article: sanitized body, plain text, word count. */
function* finishSteps(
  fields: Omit<UnsanitizedArticle, 'html'>,
  sanitize: () => SanitizedParts,
  mark: (step: string) => string,
): Generator<string, ExtractionResult> {
  const { body, html } = sanitize();
  yield mark('sanitize');
  const text = toPlainText(body);
  yield mark('toPlainText');
  const { wordCount, readingMinutes } = wordStats(text);
  yield mark('wordStats');
  return { ok: true, extraction: { ...fields, wordCount, readingMinutes, html, text } };
}

/**
 * Step 8 where the whole pipeline runs in one place (the command line, Save link, tests). Given a
 * proof that builds no DOM (the command line's parse5), the article is sanitized where it stands,
 * in the pipeline's own copy of the page, which nothing else holds and no step reads after this
 * one; with the window's parser that proof would cost what it spares, so the HTML is sanitized.
 * Either way the article is the one finishArticle makes of the HTML the page hands over (checked on
 * every fixture, hostile and corpus page: tests/extract/sanitize-where-it-stands.test.ts, test:corpus).
 */
export function finishArticleSteps({
  content,
  fields,
  win,
  parsesBackTo,
  mark,
}: ArticleRead): Generator<string, ExtractionResult> {
  const sanitize = parsesBackTo
    ? () => sanitizeTreeToParts(content, win, parsesBackTo)
    : () => sanitizeToParts(content.outerHTML, win);
  return finishSteps(fields, sanitize, mark);
}

/**
 * Step 8 in an extension page, on the article a page sent: `win` is that page's window, whose
 * DOM parses and sanitizes the HTML (never the page's, whose scripts could tamper with it).
 */
export function finishArticle(article: UnsanitizedArticle, win: Window = globalThis.window): ExtractionResult {
  try {
    const { html, ...fields } = article;
    const sanitize = () => sanitizeToParts(html, win);
    return runToEnd(finishSteps(fields, sanitize, (step) => step));
  } catch (error) {
    // As when the page's own steps fail: the reader is told there is no article, not left waiting.
    return { ok: false, reason: 'no-article', detail: `the article could not be sanitized: ${String(error)}` };
  }
}
