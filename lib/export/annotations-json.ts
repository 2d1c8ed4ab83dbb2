import { inReadingOrder } from '../highlights/highlight';
import { highlightToAnnotation, noteToAnnotation, type WebAnnotation } from '../highlights/web-annotation';
import { publishedDay, type ArticleNotes } from './article-notes';

/** The JSON export's name and version, so an importer knows what it reads. */
export const ANNOTATIONS_FORMAT = 'liseuse-annotations';
/** Bumped only when a field changes meaning (new fields do not bump it). */
export const ANNOTATIONS_VERSION = 1;

/** One article in the JSON export: its metadata, then its annotations (W3C Web Annotation JSON-LD). */
export interface ExportedArticleJson {
  id: string;
  url: string;
  title: string;
  author: string | null;
  site: string | null;
  savedAt: string;
  published: string | null;
  tags: string[];
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** The article note (motivation "commenting", target the URL) first, then highlights in reading order. */
  annotations: WebAnnotation[];
}

/** The whole JSON export. */
export interface AnnotationsJson {
  format: typeof ANNOTATIONS_FORMAT;
  version: typeof ANNOTATIONS_VERSION;
  exportedAt: string;
  articles: ExportedArticleJson[];
}

/** The JSON export of one or several articles' notes (pretty-printed, ends with a newline). */
export function notesToJson(items: readonly ArticleNotes[], exportedAt: number): string {
  const document: AnnotationsJson = {
    format: ANNOTATIONS_FORMAT,
    version: ANNOTATIONS_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    articles: items.map(({ article, highlights, note }) => ({
      id: article.id,
      url: article.url,
      title: article.title,
      author: article.byline,
      site: article.siteName,
      savedAt: new Date(article.savedAt).toISOString(),
      published: publishedDay(article.publishedTime) || null,
      tags: [...article.tags],
      lang: article.lang,
      dir: article.dir,
      annotations: [
        ...(note && note.text.trim() ? [noteToAnnotation(note, article.url)] : []),
        ...inReadingOrder(highlights).map((highlight) => highlightToAnnotation(highlight, article.url)),
      ],
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
