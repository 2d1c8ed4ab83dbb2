import { Readability } from '@mozilla/readability';
import { sanitizeHtml, sanitizeToElement } from '../sanitize';
import { resolveLazyImages } from './resolve-lazy-images';
import { resolveUrls } from './resolve-urls';
import { readMetadata } from './read-metadata';
import { stripClutter } from './strip-clutter';
import { toPlainText } from './to-plain-text';
import { toMarkdown } from './to-markdown';
import { countWords, readingMinutes } from './count-words';
import type { ExtractOptions, ExtractionResult } from './types';

export type { Extraction, ExtractionResult, ExtractionFailure, ExtractOptions } from './types';

/**
 * Readability's element budget. Pages past this are pathological (mozilla/readability issues
 * 580 and 977 hang for minutes); the largest page of the 130-page corpus stays well under it.
 */
export const MAX_ELEMENTS_TO_PARSE = 30_000;

/**
 * Runs the extraction pipeline on `doc` and returns the clean article. The order matters:
 *
 * 1. Clone first: Readability and every clutter step mutate their input, and the live page the
 *    reader is looking at must never change.
 * 2. Read metadata before anything is removed: JSON-LD, `<meta>` and the lead image live outside
 *    the article body and Readability throws most of them away.
 * 3. Resolve lazy images before Readability: it drops `<img>` elements without a real `src`.
 * 4. Make URLs absolute before sanitizing: the article is shown on an extension page, where a
 *    relative URL would point into the extension.
 * 5. Strip clutter before Readability while class names still exist (Readability removes them),
 *    and again on Readability's output, where only structure and label words are left.
 * 6. Sanitize last, so that nothing a step produced escapes the sanitizer.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractionResult {
  const win = doc.defaultView;
  if (!win) throw new Error('extractArticle needs a document that belongs to a window');
  const url = options.url ?? doc.baseURI;

  const page = doc.cloneNode(true) as Document;
  const metadata = readMetadata(page, url);
  resolveLazyImages(page.body);
  resolveUrls(page.body, url);
  stripClutter(page.body);

  const parsed = new Readability(page, {
    maxElemsToParse: options.maxElemsToParse ?? MAX_ELEMENTS_TO_PARSE,
    serializer: (node) => node as Element,
  }).parse();
  if (!parsed?.content) return { ok: false, reason: 'no-article' };

  stripClutter(parsed.content);
  const body = sanitizeToElement(parsed.content, win);
  const html = sanitizeHtml(body, win);
  const text = toPlainText(body);
  if (text.trim().length === 0) return { ok: false, reason: 'no-article' };
  const wordCount = countWords(text);

  return {
    ok: true,
    extraction: {
      url: metadata.canonicalUrl ?? url,
      title: metadata.title ?? parsed.title ?? '',
      byline: metadata.byline ?? parsed.byline ?? null,
      siteName: metadata.siteName ?? parsed.siteName ?? null,
      lang: metadata.lang ?? parsed.lang ?? null,
      dir: metadata.dir ?? (parsed.dir === 'rtl' ? 'rtl' : parsed.dir === 'ltr' ? 'ltr' : null),
      publishedTime: metadata.publishedTime ?? parsed.publishedTime ?? null,
      leadImage: metadata.leadImage,
      excerpt: metadata.excerpt ?? parsed.excerpt ?? null,
      wordCount,
      readingMinutes: readingMinutes(wordCount),
      html,
      text,
      markdown: toMarkdown(body),
    },
  };
}
