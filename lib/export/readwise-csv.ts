import Papa from 'papaparse';
import { inReadingOrder, quoteOf } from '../highlights/highlight';
import type { ArticleNotes } from './article-notes';

/** Readwise's highlight columns, exactly, so Readwise and tools that read its CSV import it as is. */
export const READWISE_COLUMNS = [
  'Highlight',
  'Book Title',
  'Book Author',
  'Amazon Book ID',
  'Note',
  'Color',
  'Tags',
  'Location Type',
  'Location',
  'Highlighted at',
  'Document tags',
] as const;

/** Readwise's date form: "2024-03-05 14:02:09+00:00" (UTC). */
function readwiseTime(time: number): string {
  return `${new Date(time).toISOString().slice(0, 19).replace('T', ' ')}+00:00`;
}

/**
 * Highlights as Readwise CSV: one row per highlight (orphans too), in reading order per article.
 * "Location Type" is `order` and "Location" the highlight's rank in its article, the type
 * Readwise documents for sources without pages. Cells are quoted where CSV needs it (papaparse);
 * text is never altered, so a cell starting with "=" stays a quote, not a formula prefix.
 */
export function notesToReadwiseCsv(items: readonly ArticleNotes[]): string {
  const rows = items.flatMap(({ article, highlights }) =>
    inReadingOrder(highlights).map((highlight, index) => [
      quoteOf(highlight).exact,
      article.title,
      article.byline ?? '',
      '',
      highlight.note,
      highlight.colour,
      '',
      'order',
      String(index + 1),
      readwiseTime(highlight.createdAt),
      article.tags.join(', '),
    ]),
  );
  return `${Papa.unparse({ fields: [...READWISE_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: false })}\r\n`;
}
