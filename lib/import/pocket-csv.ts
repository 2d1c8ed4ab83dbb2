import type { CsvTable } from './read-csv';
import { csvItems } from './source-result';
import { parseDate, splitTags } from './parse-values';
import type { SourceResult } from './types';

/**
 * Reads one `part_*.csv` of Pocket's 2025 export: `title,url,time_added,tags,status` (tags
 * separated by "|", time_added in Unix seconds, status "unread" or "archive"), plus the `cursor`
 * column some parts add, which is Pocket's paging position and carries nothing to keep.
 */
export function readPocketCsv(table: CsvTable, file: string): SourceResult {
  return csvItems(table, file, 'pocket-csv', (read) => ({
    url: read('url'),
    title: read('title')?.trim(),
    tags: splitTags(read('tags'), '|'),
    state: read('status')?.trim().toLowerCase() === 'archive' ? 'archived' : 'unread',
    savedAt: parseDate(read('time_added')),
  }));
}
