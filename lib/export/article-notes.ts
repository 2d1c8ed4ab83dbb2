import type { Highlight, Note } from '../highlights/highlight';

/**
 * The article fields an export writes. A saved `Article` (lib/storage) has them all, so callers
 * pass one as it is; keeping the shape here leaves the formatters free of storage code.
 */
export interface ExportedArticle {
  id: string;
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** Epoch milliseconds of the first save. */
  savedAt: number;
  /** As the page declared it (ISO 8601 when it followed the standards). */
  publishedTime: string | null;
  tags: readonly string[];
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
}

/** One article and what the reader wrote on it: the unit every notes exporter takes. */
export interface ArticleNotes {
  article: ExportedArticle;
  /** Every highlight of the article, orphans included (an export never drops one). */
  highlights: readonly Highlight[];
  note: Note | null;
}

/** "YYYY-MM-DD" of an epoch-milliseconds time, in UTC (the same file wherever it is exported). */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" of a page's published date as it declared it, or '' when it has none we can read. */
export function publishedDay(publishedTime: string | null): string {
  if (!publishedTime) return '';
  const declared = /^\d{4}-\d{2}-\d{2}/.exec(publishedTime.trim());
  if (declared) return declared[0];
  const time = Date.parse(publishedTime);
  return Number.isFinite(time) ? isoDay(time) : '';
}
