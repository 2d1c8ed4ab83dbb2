import Readability from '@mozilla/readability/Readability.js';
import { resolveLazyImages } from './resolve-lazy-images';
import { resolveMath } from './resolve-math';
import { resolveUrls } from './resolve-urls';
import { pinBaseUrl } from './pin-base-url';
import { rememberPageUrl } from './clutter-links';
import { asksForPassword, judgeArticle } from './judge-article';
import { readMetadata } from './read-metadata';
import { stripClutter } from './strip-clutter';
import { codeLanguageClasses } from './code-language-classes';
import { stepTimer } from './step-timer';
import { builtIn } from './built-in';
import { defuseClobbering } from './defuse-clobbering';
import type { ArticleRead, ExtractionFailed } from './run-steps';
import type { ExtractOptions } from './types';

// Steps 1–7 of the pipeline (lib/extract/index.ts says why in this order), without the sanitizer:
// the script a click injects runs these and returns the first screen unsanitized, which the
// popup sanitizes; the sanitizer (DOMPurify) is only in the script that finishes the article.

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

/** Steps 1–7 and the judgment, up to the clean article before sanitizing, with its metadata. */
export function* readArticleSteps(
  doc: Document,
  options: ExtractOptions,
): Generator<string, ArticleRead | ExtractionFailed> {
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
    return {
      ok: false,
      reason: 'timeout',
      detail: `the page has ${elements} elements, more than the ${budget} Liseuse reads`,
    };
  }
  const root = builtIn<Element | null>(doc, 'documentElement');
  const characters = root ? textCharacters(doc, root) : 0;
  if (characters > MAX_TEXT_CHARACTERS) {
    return {
      ok: false,
      reason: 'timeout',
      detail: `the page has ${characters} characters of text, more than the ${MAX_TEXT_CHARACTERS} Liseuse reads`,
    };
  }
  const page = builtIn<(deep: boolean) => Document>(doc, 'cloneNode')(true);
  defuseClobbering(page);
  yield mark('clone');
  if (options.isReaderable && !options.isReaderable(page))
    return { ok: false, reason: 'no-article', detail: 'not readerable' };
  const passwordField = asksForPassword(page);
  pinBaseUrl(page, url);
  rememberPageUrl(page, url);
  resolveLazyImages(page.documentElement);
  yield mark('resolveLazyImages');
  resolveMath(page.body);
  yield mark('resolveMath');
  const metadata = readMetadata(page, url);
  yield mark('readMetadata');
  stripClutter(page.body, 'page', options.timings);
  yield mark('stripClutter (page)');

  // Class names are kept through Readability for the clutter steps on the article, and dropped after them.
  const classesToKeep = new Set([...codeLanguageClasses(page), ...READABILITY_CLASSES]);
  const parsed = new Readability(page, { keepClasses: true, serializer: (node) => node as Element }).parse();
  yield mark('Readability');
  if (!parsed?.content) return { ok: false, reason: 'no-article' };

  const content = parsed.content as unknown as Element;
  resolveUrls(content, url);
  yield mark('resolveUrls');
  stripClutter(content, 'article', options.timings);
  keepOnlyClasses(content, classesToKeep);
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
  return { ok: true, content, fields, win, parsesBackTo: options.parsesBackTo, mark };
}

/** The class Readability gives the page it wraps the article in (its CLASSES_TO_PRESERVE). */
const READABILITY_CLASSES = ['page'];

/**
 * Drops every class of `root`'s elements but `keep`, as Readability does when not told to keep
 * them: the reader styles articles itself, and the Markdown export reads code languages only.
 */
function keepOnlyClasses(root: Element, keep: ReadonlySet<string>): void {
  // A page repeats a few class lists on thousands of elements: each list is filtered once.
  const keptOf = new Map<string, string>();
  for (const element of [root, ...Array.from(root.querySelectorAll('[class]'))]) {
    const names = element.getAttribute('class') ?? '';
    let kept = keptOf.get(names);
    if (kept === undefined) {
      kept = names
        .split(/\s+/)
        .filter((name) => keep.has(name))
        .join(' ');
      keptOf.set(names, kept);
    }
    if (kept !== '') element.setAttribute('class', kept);
    else element.removeAttribute('class');
  }
}

/**
 * The length of `root`'s textContent, counted without building that string: a news page's
 * inline scripts and data alone are megabytes, copied for nothing but their length.
 */
function textCharacters(doc: Document, root: Element): number {
  const walker = builtIn<(root: Node, whatToShow: number) => TreeWalker>(doc, 'createTreeWalker')(
    root,
    4 | 8 /* SHOW_TEXT | SHOW_CDATA_SECTION */,
  );
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) total += (node as CharacterData).length;
  return total;
}
