import type { ParsesBackTo, SafeHtml } from '../shared/sanitize';
import type { ExtractionDoubt } from './judge-article';

/** What the extraction pipeline returns for one page: the clean article and its metadata. */
export interface Extraction {
  /** Address of the page the article came from (canonical when the page declares one). */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 language tag from the page, e.g. "fr-FR". */
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** ISO 8601 date-time string as declared by the page. */
  publishedTime: string | null;
  /** Absolute URL of the lead image (og:image, else the first real image). */
  leadImage: string | null;
  excerpt: string | null;
  wordCount: number;
  readingMinutes: number;
  /** Sanitized article body. */
  html: SafeHtml;
  /** Plain text, one line per block (paragraph, heading, list item, table row). */
  text: string;
  /**
   * Set when the result may not be the article (very short, or mostly links): it is still shown,
   * with a one-line notice. Absent when the extraction is an article beyond doubt.
   */
  doubt?: ExtractionDoubt;
}

/** Why extraction produced no article; each has a user-facing message in lib/shared/errors.ts. */
export type ExtractionFailure = 'no-article' | 'timeout';

/** Result of running the pipeline: an Extraction, or the reason there is none. */
export type ExtractionResult =
  { ok: true; extraction: Extraction } | { ok: false; reason: ExtractionFailure; detail?: string };

/**
 * What a view needs for its first paint, ahead of the rest: the metadata, the first screen of the
 * article's sanitized HTML (the whole article when `complete`), and a reading time estimated
 * before sanitizing (the full extraction's may differ by a minute).
 */
export type ExtractionFirstPart = Omit<Extraction, 'wordCount' | 'text'> & { complete: boolean };

/** The first part as the page script sends it: its HTML not sanitized yet (see lib/extract/first-screen.ts). */
export type UnsanitizedFirstPart = Omit<ExtractionFirstPart, 'html'> & { html: string };

/**
 * The whole article as the page sends it (lib/capture/finish-page.ts): its metadata and its HTML,
 * not sanitized yet. An extension page sanitizes it and derives the text and word count
 * (finishArticle in lib/extract/finish-article.ts): sanitizing is the costliest step after
 * Readability, and in an extension page it takes nothing from the page the reader is on.
 */
export type UnsanitizedArticle = Omit<Extraction, 'wordCount' | 'readingMinutes' | 'html' | 'text'> & { html: string };

/** The pipeline in two parts (lib/extract/index.ts extractInParts): the first part now, the rest on demand. */
export type ExtractionParts =
  | { ok: true; first: ExtractionFirstPart; finish: () => ExtractionResult }
  | { ok: false; reason: ExtractionFailure; detail?: string };

/** Options shared by every step. */
export interface ExtractOptions {
  /** Page address used to resolve relative links and images. Defaults to document.baseURI. */
  url?: string;
  /** Readability's element budget, so a pathological page cannot hang the tab. */
  maxElemsToParse?: number;
  /** When given, receives the milliseconds each step took, added up by step name (benchmarks). */
  timings?: Record<string, number>;
  /** The window whose DOM sanitizes, for a document that has none (DOMParser's). Defaults to the document's. */
  window?: Window;
  /**
   * How the sanitized article is proved to parse back to its own tree (lib/shared/sanitize.ts):
   * with the window's parser unless given. The command line gives parse5 (lib/cli/parses-back-with-parse5.ts).
   */
  parsesBackTo?: ParsesBackTo;
  /**
   * Asked of the pipeline's own copy of the page before the article is looked for: false gives
   * 'no-article' at once (the injected script asks Readability's isProbablyReaderable).
   */
  isReaderable?: (doc: Document) => boolean;
}
