import { sanitizeToParts } from '../shared/sanitize';
import { finishArticleSteps } from './finish-article';
import { unsanitizedFirstPart } from './first-screen';
import { readArticleSteps } from './read-article';
import { runInSlices, runToEnd, type ArticleRead, type SlicedExtractOptions } from './run-steps';
import type { ExtractOptions, ExtractionFirstPart, ExtractionParts, ExtractionResult } from './types';

export type {
  Extraction,
  ExtractionFirstPart,
  ExtractionParts,
  ExtractionResult,
  ExtractionFailure,
  ExtractOptions,
} from './types';
export type { ExtractionDoubt } from './judge-article';
export { MAX_ELEMENTS_TO_PARSE, MAX_TEXT_CHARACTERS } from './read-article';
export type { SlicedExtractOptions } from './run-steps';

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
 * 6. Strip the large clutter blocks, by class name and structure, before Readability (a comment
 *    thread can outscore the article), then every kind of clutter on Readability's output, with
 *    the class names Readability was told to keep: the page is often ten times the article, and
 *    what the words of a line give away is looked for only where it could stay.
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
  const article = runToEnd(readArticleSteps(doc, options));
  if (!article.ok) return article;
  return { ok: true, first: firstPartOf(article), finish: () => runToEnd(finishArticleSteps(article)) };
}

/** The first part of `article`, its first screen sanitized with the article's window. */
function firstPartOf(article: ArticleRead): ExtractionFirstPart {
  const first = unsanitizedFirstPart(article);
  return { ...first, html: sanitizeToParts(first.html, article.win).html };
}

/** The pipeline as a generator: yields each step's name once it is done, returns the result. */
function* extractionSteps(doc: Document, options: ExtractOptions): Generator<string, ExtractionResult> {
  const article = yield* readArticleSteps(doc, options);
  if (!article.ok) return article;
  return yield* finishArticleSteps(article);
}
