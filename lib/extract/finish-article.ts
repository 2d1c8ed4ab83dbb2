import { sanitizeToParts } from '../shared/sanitize';
import { toPlainText } from './to-plain-text';
import { wordStats } from './word-stats';
import type { ArticleRead } from './run-steps';
import type { ExtractionResult } from './types';

/** Step 8 on the whole article: sanitized body, plain text, word count. */
export function* finishArticleSteps({ content, fields, win, mark }: ArticleRead): Generator<string, ExtractionResult> {
  const { body, html } = sanitizeToParts(content, win);
  yield mark('sanitize');
  const text = toPlainText(body);
  yield mark('toPlainText');
  const { wordCount, readingMinutes } = wordStats(text);
  yield mark('wordStats');
  return { ok: true, extraction: { ...fields, wordCount, readingMinutes, html, text } };
}
