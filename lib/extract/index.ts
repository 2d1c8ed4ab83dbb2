import { Readability } from '@mozilla/readability';
import { sanitizeHtml, sanitizeToElement } from '../sanitize';
import { resolveLazyImages } from './resolve-lazy-images';
import { resolveUrls } from './resolve-urls';
import { pinBaseUrl } from './pin-base-url';
import { readMetadata } from './read-metadata';
import { stripClutter } from './strip-clutter';
import { codeLanguageClasses } from './code-language-classes';
import { toPlainText } from './to-plain-text';
import { toMarkdown } from './to-markdown';
import { countWords, readingMinutes } from './count-words';
import type { ExtractOptions, ExtractionResult } from './types';

export type { Extraction, ExtractionResult, ExtractionFailure, ExtractOptions } from './types';

/**
 * Readability's element budget. Pages past this are pathological (mozilla/readability issues
 * 580 and 977 hang for minutes); the largest page of the 130-page corpus (yahoo-2) has about
 * 5,000 elements, so the budget leaves six times that for real articles.
 */
export const MAX_ELEMENTS_TO_PARSE = 30_000;

/**
 * Runs the extraction pipeline on `doc` and returns the clean article. The order matters:
 *
 * 1. Clone first: Readability and every clutter step mutate their input, and the live page the
 *    reader is looking at must never change.
 * 2. Check the element budget before any step walks the page, so a pathological page fails at
 *    once instead of freezing the tab.
 * 3. Pin the base URL on the clone, so that Readability and every step resolve relative links
 *    against the page's real address (`options.url`), not wherever the document was parsed.
 * 4. Resolve lazy images before anything else reads images: Readability drops `<img>` elements
 *    without a real `src`, and the lead image is often a lazy one.
 * 5. Read metadata before anything is removed (step 4 only fills in attributes): JSON-LD,
 *    `<meta>` and the lead image live outside the article body and Readability drops them.
 * 6. Strip clutter before Readability while class names still exist (Readability removes them),
 *    and again on Readability's output, where only structure and label words are left.
 * 7. Make URLs absolute on Readability's output, before sanitizing: the article is shown on an
 *    extension page, where a relative URL would point into the extension. Doing it on the
 *    article rather than the whole page saves most of the step's cost (jsdom is slow to set
 *    attributes), and the base pinned in step 3 makes both give the same result.
 * 8. Sanitize last, so that nothing a step produced escapes the sanitizer; text, Markdown and
 *    word count are then derived from the sanitized body, so they never show what it removed.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractionResult {
  const win = doc.defaultView;
  if (!win) throw new Error('extractArticle needs a document that belongs to a window');
  const url = options.url ?? doc.baseURI;
  const budget = options.maxElemsToParse ?? MAX_ELEMENTS_TO_PARSE;

  const page = doc.cloneNode(true) as Document;
  const elements = page.getElementsByTagName('*').length;
  if (elements > budget) {
    return { ok: false, reason: 'timeout', detail: `the page has ${elements} elements, more than the ${budget} Liseuse reads` };
  }
  pinBaseUrl(page, url);
  resolveLazyImages(page.documentElement);
  const metadata = readMetadata(page, url);
  stripClutter(page.body);

  const parsed = new Readability(page, {
    maxElemsToParse: budget,
    classesToPreserve: codeLanguageClasses(page),
    serializer: (node) => node as Element,
  }).parse();
  if (!parsed?.content) return { ok: false, reason: 'no-article' };

  const content = parsed.content as unknown as Element;
  resolveUrls(content, url);
  stripClutter(content);
  const body = sanitizeToElement(content, win);
  const html = sanitizeHtml(body, win);
  const text = toPlainText(body);
  if (text.trim().length === 0) return { ok: false, reason: 'no-article' };

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
      wordCount: countWords(text),
      readingMinutes: readingMinutes(text),
      html,
      text,
      markdown: toMarkdown(body),
    },
  };
}
