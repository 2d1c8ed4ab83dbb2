import { normalizeTags } from '../shared/tags';
import type { CsvTable } from './read-csv';
import { csvItems, optionalText } from './source-result';
import { parseDate, parseFlag, splitTags } from './parse-values';
import type { ImportedHighlight, SourceResult } from './types';

/** Raindrop.io's default collection: not a folder the reader chose, so not a tag. */
const DEFAULT_COLLECTION = 'unsorted';

/**
 * Reads Raindrop.io's CSV: `id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite`
 * (files from before 2023 lack `id` and `favorite`). The folder becomes a tag, the note the
 * article's note; the cover image is not kept (the article's own lead image is).
 */
export function readRaindropCsv(table: CsvTable, file: string): SourceResult {
  return csvItems(table, file, 'raindrop-csv', (read) => {
    const folder = read('folder')?.trim() ?? '';
    const folderTag = folder && folder.toLowerCase() !== DEFAULT_COLLECTION ? [folder] : [];
    return {
      url: read('url'),
      title: read('title')?.trim(),
      note: optionalText(read('note')),
      excerpt: optionalText(read('excerpt')),
      tags: normalizeTags([...folderTag, ...splitTags(read('tags'), ',')]),
      savedAt: parseDate(read('created')),
      favorite: parseFlag(read('favorite')),
      highlights: readRaindropHighlights(read('highlights') ?? ''),
    };
  });
}

/**
 * Raindrop.io writes an item's highlights in one cell: each starts with "Highlight:" (or, without
 * the prefix, after a blank line), and a "Note:" line starts its note. Other lines continue
 * whichever of the two came last, so quotes and notes may span lines.
 */
export function readRaindropHighlights(cell: string): ImportedHighlight[] {
  const highlights: ImportedHighlight[] = [];
  let current: ImportedHighlight | null = null;
  let inNote = false;
  for (const line of cell.replace(/\r\n?/g, '\n').split('\n')) {
    const text = line.trim();
    const note = /^note:\s*(.*)$/i.exec(text);
    if (!text) {
      current = null;
    } else if (note && current) {
      current.note = note[1];
      inNote = true;
    } else if (!current || /^highlight:/i.test(text)) {
      current = { quote: text.replace(/^highlight:\s*/i, ''), note: '', createdAt: null };
      highlights.push(current);
      inNote = false;
    } else if (inNote) {
      current.note += `\n${text}`;
    } else {
      current.quote += `\n${text}`;
    }
  }
  return highlights.filter((highlight) => highlight.quote.trim() !== '');
}
