import type { CsvTable } from './read-csv';
import { csvItems } from './source-result';
import { parseDate, parseProgress, parsePythonList } from './parse-values';
import type { SourceResult } from './types';

/**
 * Reads Readwise Reader's CSV: `Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen`.
 * Document tags is a Python list literal (`['a', 'b']`). Location is new, later, shortlist,
 * archive or feed: "archive" is archived, and "shortlist" is Reader's way of starring.
 */
export function readReadwiseReaderCsv(table: CsvTable, file: string): SourceResult {
  return csvItems(table, file, 'readwise-reader-csv', (read) => {
    const location = read('Location')?.trim().toLowerCase() ?? '';
    return {
      url: read('URL'),
      title: read('Title')?.trim(),
      tags: parsePythonList(read('Document tags')),
      state: location === 'archive' ? 'archived' : 'unread',
      favorite: location === 'shortlist',
      savedAt: parseDate(read('Saved date')),
      progress: parseProgress(read('Reading progress')),
    };
  });
}
