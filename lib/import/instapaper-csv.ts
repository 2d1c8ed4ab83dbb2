import { normalizeTags } from '../shared/tags';
import type { CsvTable } from './read-csv';
import { csvItems, optionalText } from './source-result';
import { parseDate, parseJsonTags } from './parse-values';
import type { SourceResult } from './types';

/** Instapaper's built-in folders; any other Folder value is a folder the reader made. */
const UNREAD = 'unread';
const ARCHIVE = 'archive';
const STARRED = 'starred';

/**
 * Reads Instapaper's CSV: `URL,Title,Selection,Folder[,Timestamp[,Tags]]`. Folder is Unread,
 * Archive, Starred (a favourite still in the reading list) or a folder of the reader's, kept as a
 * tag. Selection is the text the reader had selected when saving: the article's excerpt, and a
 * highlight of that passage (placed once the page is there, listed as an orphan if it cannot be).
 */
export function readInstapaperCsv(table: CsvTable, file: string): SourceResult {
  return csvItems(table, file, 'instapaper-csv', (read) => {
    const folder = read('Folder')?.trim() ?? '';
    const kind = folder.toLowerCase();
    const ownFolder = folder && ![UNREAD, ARCHIVE, STARRED].includes(kind) ? [folder] : [];
    const selection = optionalText(read('Selection'));
    const savedAt = parseDate(read('Timestamp'));
    return {
      url: read('URL'),
      title: read('Title')?.trim(),
      excerpt: selection,
      highlights: selection ? [{ quote: selection, note: '', createdAt: savedAt }] : [],
      tags: normalizeTags([...ownFolder, ...parseJsonTags(read('Tags'))]),
      state: kind === ARCHIVE ? 'archived' : 'unread',
      favorite: kind === STARRED,
      savedAt,
    };
  });
}
