import { Readability } from '@mozilla/readability';
import { sanitizeToParts } from '../shared/sanitize';
import { resolveLazyImages } from './resolve-lazy-images';
import { resolveMath } from './resolve-math';
import { resolveUrls } from './resolve-urls';
import { pinBaseUrl } from './pin-base-url';
import { rememberPageUrl } from './clutter-links';
import { asksForPassword, judgeArticle } from './judge-article';
import { readMetadata } from './read-metadata';
import { stripClutter } from './strip-clutter';
import { codeLanguageClasses } from './code-language-classes';
import { toPlainText } from './to-plain-text';
import { wordStats } from './word-stats';
import { stepTimer } from './step-timer';
import { firstScreenOf } from './first-screen';
import type { Extraction, ExtractOptions, ExtractionParts, ExtractionResult } from './types';

export type { Extraction, ExtractionFirstPart, ExtractionParts, ExtractionResult, ExtractionFailure, ExtractOptions } from './types';
export type { ExtractionDoubt } from './judge-article';

/**
 * The element budget, checked before anything runs. Pages past this are pathological (mozilla/readability issues
 * 580 and 977 hang for minutes); the largest page of the 130-page corpus has about 9,900
 * elements, so the budget leaves three times that for real articles (the corpus suite checks it).
 */
export const MAX_ELEMENTS_TO_PARSE = 30_000;

/**
 * Runs the extraction pipeline on `doc` and returns the clean article. The order matters:
 *
 * 1. Check the element budget before cloning or walking the page, so a pathological page fails
 *    at once instead of freezing the tab.
 * 2. Work on a clone: Readability and every clutter step mutate their input, and the live page
 *    the reader is looking at must never change.
 * 3. Pin the base URL and the page address on the clone, so that Readability and every step
 *    resolve links, and tell same-site links apart, against the page's real address
 *    (`options.url`), not wherever the document was parsed.
 * 4. Resolve lazy images before anything else reads images: Readability drops `<img>` elements
 *    without a real `src`, and the lead image is often a lazy one.
 *    Likewise, MathJax formulas become their MathML before Readability drops them as hidden.
 * 5. Read metadata before anything is removed (step 4 touches only images and formulas): JSON-LD,
 *    `<meta>` and the lead image live outside the article body and Readability drops them.
 * 6. Strip clutter before Readability while class names still exist (Readability removes them),
 *    and again on Readability's output, where only structure and label words are left.
 * 7. Make URLs absolute on Readability's output, before sanitizing: the article is shown on an
 *    extension page, where a relative URL would point into the extension. Doing it on the
 *    article rather than the whole page saves most of the step's cost (jsdom is slow to set
 *    attributes), and the base pinned in step 3 makes both give the same result.
 * 8. Sanitize last, so that nothing a step produced escapes the sanitizer; text, Markdown and
 *    word count are then derived from the sanitized body, so they never show what it removed.
 * 9. Judge the result, not the page: whether there is an article is decided on the cleaned
 *    article (no text, a list of headlines, a login form), so a short real post is never refused
 *    and a doubtful one is shown with its doubt. Whether the page asks for a password is read
 *    before Readability, which drops forms.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractionResult {
  const article = readArticle(doc, options);
  return article.ok ? finish(article) : article;
}

/**
 * The same pipeline, in two parts, so that a view can paint before the whole article is
 * sanitized: `first` holds the metadata and the sanitized first screen (lib/extract/first-screen.ts),
 * with a reading time estimated from the unsanitized text; `finish()` runs step 8 on the whole
 * article and returns exactly what extractArticle does (the judgment of step 9 is made before
 * sanitizing, so the first part already knows whether there is an article).
 */
export function extractInParts(doc: Document, options: ExtractOptions = {}): ExtractionParts {
  const article = readArticle(doc, options);
  if (!article.ok) return article;
  const { content, fields, win, mark } = article;
  const head = firstScreenOf(content);
  const first = {
    ...fields,
    readingMinutes: wordStats(content.textContent ?? '').readingMinutes,
    html: sanitizeToParts(head ?? content, win).html,
    complete: head === null,
  };
  mark('first part');
  return { ok: true, first, finish: () => finish(article) };
}

/** Steps 1–7, up to the clean article before sanitizing, with its metadata. */
function readArticle(doc: Document, options: ExtractOptions): ArticleRead | Extract<ExtractionResult, { ok: false }> {
  const win = doc.defaultView;
  if (!win) throw new Error('extractArticle needs a document that belongs to a window');
  const url = options.url ?? doc.baseURI;
  const budget = options.maxElemsToParse ?? MAX_ELEMENTS_TO_PARSE;
  const mark = stepTimer(options.timings);

  const elements = doc.getElementsByTagName('*').length;
  if (elements > budget) {
    return { ok: false, reason: 'timeout', detail: `the page has ${elements} elements, more than the ${budget} Liseuse reads` };
  }
  const page = doc.cloneNode(true) as Document;
  mark('clone');
  const passwordField = asksForPassword(page);
  pinBaseUrl(page, url);
  rememberPageUrl(page, url);
  resolveLazyImages(page.documentElement);
  mark('resolveLazyImages');
  resolveMath(page.body);
  mark('resolveMath');
  const metadata = readMetadata(page, url);
  mark('readMetadata');
  stripClutter(page.body, options.timings);
  mark('stripClutter (page)');

  const parsed = new Readability(page, {
    classesToPreserve: codeLanguageClasses(page),
    serializer: (node) => node as Element,
  }).parse();
  mark('Readability');
  if (!parsed?.content) return { ok: false, reason: 'no-article' };

  const content = parsed.content as unknown as Element;
  resolveUrls(content, url);
  mark('resolveUrls');
  stripClutter(content, options.timings);
  mark('stripClutter (article)');
  // Before sanitizing, which drops the links it cannot keep (a saved file's file: addresses).
  const verdict = judgeArticle(content, { url, asksForPassword: passwordField });
  mark('judgeArticle');
  if (verdict.kind === 'none') return { ok: false, reason: 'no-article', detail: verdict.detail };

  const fields = {
    url: metadata.canonicalUrl ?? url,
    title: metadata.title ?? parsed.title ?? '',
    byline: metadata.byline ?? parsed.byline ?? null,
    siteName: metadata.siteName ?? parsed.siteName ?? null,
    lang: metadata.lang ?? parsed.lang ?? null,
    dir: metadata.dir ?? (parsed.dir === 'rtl' ? 'rtl' as const : parsed.dir === 'ltr' ? 'ltr' as const : null),
    publishedTime: metadata.publishedTime ?? parsed.publishedTime ?? null,
    leadImage: metadata.leadImage,
    excerpt: metadata.excerpt ?? parsed.excerpt ?? null,
    ...(verdict.kind === 'doubtful' ? { doubt: verdict.doubt } : {}),
  };
  return { ok: true, content, fields, win, mark };
}

/** Step 8 on the whole article: sanitized body, plain text, word count. */
function finish({ content, fields, win, mark }: ArticleRead): ExtractionResult {
  const { body, html } = sanitizeToParts(content, win);
  mark('sanitize');
  const text = toPlainText(body);
  mark('toPlainText');
  const { wordCount, readingMinutes } = wordStats(text);
  mark('wordStats');
  return { ok: true, extraction: { ...fields, wordCount, readingMinutes, html, text } };
}

/** What steps 1–7 (and the judgment) leave: Readability's article cleaned, its metadata, and the window to sanitize with. */
interface ArticleRead {
  ok: true;
  content: Element;
  fields: Omit<Extraction, 'wordCount' | 'readingMinutes' | 'html' | 'text'>;
  win: Window;
  mark: (step: string) => void;
}
