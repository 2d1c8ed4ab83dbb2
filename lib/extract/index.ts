import Readability from '@mozilla/readability/Readability.js';
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
import { builtIn } from './built-in';
import { defuseClobbering } from './defuse-clobbering';
import { firstScreenOf } from './first-screen';
import type { Extraction, ExtractOptions, ExtractionFirstPart, ExtractionParts, ExtractionResult, SlicedExtractionParts } from './types';

export type {
  Extraction,
  ExtractionFirstPart,
  ExtractionParts,
  ExtractionResult,
  ExtractionFailure,
  ExtractOptions,
  SlicedExtractionParts,
} from './types';
export type { ExtractionDoubt } from './judge-article';

/**
 * The element budget, checked before anything runs. Pages past this are pathological (mozilla/readability issues
 * 580 and 977 hang for minutes); the largest page of the 130-page corpus has about 9,900
 * elements, so the budget leaves three times that for real articles (the corpus suite checks it).
 */
export const MAX_ELEMENTS_TO_PARSE = 30_000;

/**
 * The text budget, checked with the element budget. A book-length page (a novel on one page is
 * about 1.5 million characters) fits; past it a page is a dump, not something to read in Liseuse,
 * and showing it would freeze the popup for seconds (a 10 MB page took 2 s to render there).
 */
export const MAX_TEXT_CHARACTERS = 3_000_000;

/**
 * Runs the extraction pipeline on `doc` and returns the clean article. The order matters:
 *
 * 1. Check the element and text budgets before cloning or walking the page, so a pathological
 *    page fails at once instead of freezing the tab.
 * 2. Work on a clone: Readability and every clutter step mutate their input, and the live page
 *    the reader is looking at must never change. The page is read through built-in DOM
 *    properties until the clone's clobbering names are removed (defuse-clobbering.ts): a form
 *    control named "parentNode" would otherwise send Readability into an endless loop.
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
  return runToEnd(extractionSteps(doc, options));
}

/** Options of an extraction that gives the page its main thread back between steps. */
export interface SlicedExtractOptions extends ExtractOptions {
  /** `performance.now()` time past which the extraction gives up with reason 'timeout'. */
  deadline: number;
  /** Lets the page run (its input, its rendering) between two steps. */
  yieldToPage: () => Promise<void>;
}

/**
 * The same pipeline as `extractArticle`, one step per task: between steps the page's main thread
 * is free, and past `deadline` the extraction gives up with reason 'timeout' rather than hold the
 * tab. (A single step, Readability on a huge page, still runs to its end: the budgets keep it short.)
 */
export function extractArticleInSlices(doc: Document, options: SlicedExtractOptions): Promise<ExtractionResult> {
  return runInSlices(extractionSteps(doc, options), options);
}

/**
 * The same pipeline, in two parts, so that a view can paint before the whole article is
 * sanitized: `first` holds the metadata and the sanitized first screen (lib/extract/first-screen.ts),
 * with a reading time estimated from the unsanitized text; `finish()` runs step 8 on the whole
 * article and returns exactly what extractArticle does (the judgment of step 9 is made before
 * sanitizing, so the first part already knows whether there is an article).
 */
export function extractInParts(doc: Document, options: ExtractOptions = {}): ExtractionParts {
  const article = runToEnd(readSteps(doc, options));
  if (!article.ok) return article;
  return { ok: true, first: firstPartOf(article), finish: () => runToEnd(finishSteps(article)) };
}

/**
 * `extractInParts` cut into steps as `extractArticleInSlices` is: the first part within
 * `options.deadline`, the rest within the deadline given to `finish`.
 */
export async function extractInPartsInSlices(doc: Document, options: SlicedExtractOptions): Promise<SlicedExtractionParts> {
  const article = await runInSlices(readSteps(doc, options), options);
  if (!article.ok) return article;
  return {
    ok: true,
    first: firstPartOf(article),
    finish: (deadline) => runInSlices(finishSteps(article), { ...options, deadline }),
  };
}

type ExtractionFailed = Extract<ExtractionResult, { ok: false }>;

/** What steps 1–7 (and the judgment) leave: Readability's article cleaned, its metadata, and the window to sanitize with. */
interface ArticleRead {
  ok: true;
  content: Element;
  fields: Omit<Extraction, 'wordCount' | 'readingMinutes' | 'html' | 'text'>;
  win: Window;
  mark: (step: string) => string;
}

function runToEnd<T>(steps: Generator<string, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

async function runInSlices<T>(steps: Generator<string, T>, options: SlicedExtractOptions): Promise<T | ExtractionFailed> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() > options.deadline) {
      return { ok: false, reason: 'timeout', detail: `gave up after "${next.value}", past the time budget` };
    }
    await options.yieldToPage();
  }
}

/** The pipeline as a generator: yields each step's name once it is done, returns the result. */
function* extractionSteps(doc: Document, options: ExtractOptions): Generator<string, ExtractionResult> {
  const article = yield* readSteps(doc, options);
  if (!article.ok) return article;
  return yield* finishSteps(article);
}

function firstPartOf({ content, fields, win, mark }: ArticleRead): ExtractionFirstPart {
  const head = firstScreenOf(content);
  const first = {
    ...fields,
    readingMinutes: wordStats(content.textContent ?? '').readingMinutes,
    html: sanitizeToParts(head ?? content, win).html,
    complete: head === null,
  };
  mark('first part');
  return first;
}

/** Steps 1–7 and the judgment, up to the clean article before sanitizing, with its metadata. */
function* readSteps(doc: Document, options: ExtractOptions): Generator<string, ArticleRead | ExtractionFailed> {
  const win = options.window ?? builtIn<Window | null>(doc, 'defaultView');
  if (!win) throw new Error('extractArticle needs a document that belongs to a window, or options.window');
  const url = options.url ?? builtIn<string>(doc, 'baseURI');
  const budget = options.maxElemsToParse ?? MAX_ELEMENTS_TO_PARSE;
  const timed = stepTimer(options.timings);
  const mark = (step: string) => {
    timed(step);
    return step;
  };

  const elements = builtIn<(tag: string) => HTMLCollection>(doc, 'getElementsByTagName')('*').length;
  if (elements > budget) {
    return { ok: false, reason: 'timeout', detail: `the page has ${elements} elements, more than the ${budget} Liseuse reads` };
  }
  const root = builtIn<Element | null>(doc, 'documentElement');
  const characters = root ? (builtIn<string | null>(root, 'textContent') ?? '').length : 0;
  if (characters > MAX_TEXT_CHARACTERS) {
    return { ok: false, reason: 'timeout', detail: `the page has ${characters} characters of text, more than the ${MAX_TEXT_CHARACTERS} Liseuse reads` };
  }
  const page = builtIn<(deep: boolean) => Document>(doc, 'cloneNode')(true);
  defuseClobbering(page);
  yield mark('clone');
  if (options.isReaderable && !options.isReaderable(page)) return { ok: false, reason: 'no-article', detail: 'not readerable' };
  const passwordField = asksForPassword(page);
  pinBaseUrl(page, url);
  rememberPageUrl(page, url);
  resolveLazyImages(page.documentElement);
  yield mark('resolveLazyImages');
  resolveMath(page.body);
  yield mark('resolveMath');
  const metadata = readMetadata(page, url);
  yield mark('readMetadata');
  stripClutter(page.body, options.timings);
  yield mark('stripClutter (page)');

  const parsed = new Readability(page, {
    classesToPreserve: codeLanguageClasses(page),
    serializer: (node) => node as Element,
  }).parse();
  yield mark('Readability');
  if (!parsed?.content) return { ok: false, reason: 'no-article' };

  const content = parsed.content as unknown as Element;
  resolveUrls(content, url);
  yield mark('resolveUrls');
  stripClutter(content, options.timings);
  yield mark('stripClutter (article)');
  // Before sanitizing, which drops the links it cannot keep (a saved file's file: addresses).
  const verdict = judgeArticle(content, { url, asksForPassword: passwordField });
  yield mark('judgeArticle');
  if (verdict.kind === 'none') return { ok: false, reason: 'no-article', detail: verdict.detail };

  const fields = {
    url: metadata.canonicalUrl ?? url,
    title: metadata.title ?? parsed.title ?? '',
    byline: metadata.byline ?? parsed.byline ?? null,
    siteName: metadata.siteName ?? parsed.siteName ?? null,
    lang: metadata.lang ?? parsed.lang ?? null,
    dir: metadata.dir ?? (parsed.dir === 'rtl' ? ('rtl' as const) : parsed.dir === 'ltr' ? ('ltr' as const) : null),
    publishedTime: metadata.publishedTime ?? parsed.publishedTime ?? null,
    leadImage: metadata.leadImage,
    excerpt: metadata.excerpt ?? parsed.excerpt ?? null,
    ...(verdict.kind === 'doubtful' ? { doubt: verdict.doubt } : {}),
  };
  return { ok: true, content, fields, win, mark };
}

/** Step 8 on the whole article: sanitized body, plain text, word count. */
function* finishSteps({ content, fields, win, mark }: ArticleRead): Generator<string, ExtractionResult> {
  const { body, html } = sanitizeToParts(content, win);
  yield mark('sanitize');
  const text = toPlainText(body);
  yield mark('toPlainText');
  const { wordCount, readingMinutes } = wordStats(text);
  yield mark('wordStats');
  return { ok: true, extraction: { ...fields, wordCount, readingMinutes, html, text } };
}
