import { sanitizeToParts } from '../shared/sanitize';
import { toPlainText } from './to-plain-text';
import { wordStats } from './word-stats';
import type { ArticleRead } from './run-steps';
import type { ExtractionResult } from './types';

/**
 * Step 8 on the whole article: sanitized body, plain text, word count. The article is sanitized
 * from its HTML, as the first screen is (lib/popup/read-active-tab.ts), not from its tree: a tree
 * the steps built can hold what the HTML parser never builds (an <h2> inside a <p>), and DOMPurify
 * would then need a third pass to reach HTML that parses back to itself.
 */
export function* finishArticleSteps({ content, fields, win, mark }: ArticleRead): Generator<string, ExtractionResult> {
  const { body, html } = sanitizeToParts(content.outerHTML, win);
  yield mark('sanitize');
  const text = toPlainText(body);
  yield mark('toPlainText');
  const { wordCount, readingMinutes } = wordStats(text);
  yield mark('wordStats');
  return { ok: true, extraction: { ...fields, wordCount, readingMinutes, html, text } };
}
