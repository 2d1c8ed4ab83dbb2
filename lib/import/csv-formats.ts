import { columnIndex } from './read-csv';
import type { FileProblem, ImportFormat } from './types';

/** The columns of one service's CSV export, as the service names them. */
interface CsvColumns {
  format: ImportFormat;
  /** Without these the rows cannot be read. */
  required: string[];
  /** Read when present: older exports, or a service that added columns later. */
  optional: string[];
}

/**
 * The CSV exports Liseuse reads. Each is recognized by its column names (case-insensitively),
 * never by the file name or the order of columns.
 */
const CSV_FORMATS: readonly CsvColumns[] = [
  // Pocket 2025: some parts add a `cursor` column (the paging position of Pocket's API).
  { format: 'pocket-csv', required: ['url', 'time_added', 'status'], optional: ['title', 'tags', 'cursor'] },
  // Instapaper: Timestamp and Tags came later; older exports stop at Folder.
  { format: 'instapaper-csv', required: ['URL', 'Title', 'Folder'], optional: ['Selection', 'Timestamp', 'Tags'] },
  {
    format: 'readwise-reader-csv',
    required: ['URL', 'Title', 'Location'],
    optional: ['ID', 'Document tags', 'Saved date', 'Reading progress', 'Seen'],
  },
  {
    format: 'readwise-highlights-csv',
    required: ['Highlight', 'Book Title'],
    optional: [
      'Book Author',
      'Amazon Book ID',
      'Note',
      'Color',
      'Tags',
      'Location Type',
      'Location',
      'Highlighted at',
      'Document tags',
      'URL',
    ],
  },
  // Raindrop.io: files from before 2023 lack `id` and `favorite`.
  {
    format: 'raindrop-csv',
    required: ['url', 'title', 'created'],
    optional: ['id', 'note', 'excerpt', 'folder', 'tags', 'cover', 'highlights', 'favorite'],
  },
];

/** A format needs at least this many of its columns present to be recognized at all. */
const MIN_MATCHED_COLUMNS = 2;

/** Which service wrote a CSV with this header, or why the header fits none. */
export function csvFormatOf(
  header: readonly string[],
): { ok: true; format: ImportFormat } | { ok: false; problem: FileProblem } {
  const scored = CSV_FORMATS.map((columns) => ({
    columns,
    score: [...columns.required, ...columns.optional].filter((name) => columnIndex(header, name) !== -1).length,
  })).sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best.score < MIN_MATCHED_COLUMNS || best.score === second.score) {
    return { ok: false, problem: { code: 'csv-unknown-columns', columns: header.filter(Boolean) } };
  }
  const missing = best.columns.required.filter((name) => columnIndex(header, name) === -1);
  if (missing.length > 0)
    return { ok: false, problem: { code: 'csv-missing-columns', format: best.columns.format, columns: missing } };
  return { ok: true, format: best.columns.format };
}
