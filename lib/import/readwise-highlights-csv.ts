import { checkImportUrl } from './canonical-url';
import { rowReader, type CsvTable } from './read-csv';
import { addItem, emptyResult, optionalText } from './source-result';
import { parseDate } from './parse-values';
import type { ImportedHighlight, SourceResult } from './types';

interface HighlightGroup {
  line: number;
  title: string;
  author: string | undefined;
  url: string | undefined;
  highlights: ImportedHighlight[];
}

/**
 * Reads Readwise's highlights CSV (`Highlight,Book Title,Book Author,…,Note,…,Highlighted at,…`),
 * one row per highlight, grouped into one entry per book or article. The file has no address
 * column (some tools add `URL`): groups without one are matched by title with the items of the
 * other files imported alongside (Reader's CSV), or listed as unplaced.
 */
export function readReadwiseHighlightsCsv(table: CsvTable, file: string): SourceResult {
  const result = emptyResult('readwise-highlights-csv');
  const groups = new Map<string, HighlightGroup>();
  for (const row of table.rows) {
    const read = rowReader(table.header, row);
    const quote = read('Highlight')?.trim() ?? '';
    if (row.values.length > table.header.length) {
      result.skipped.push({
        file,
        line: row.line,
        reason: 'field-count',
        detail: `${row.values.length}/${table.header.length}`,
      });
      continue;
    }
    if (!quote) {
      result.skipped.push({ file, line: row.line, reason: 'empty-row' });
      continue;
    }
    const title = read('Book Title')?.trim() ?? '';
    const author = optionalText(read('Book Author'));
    const url = optionalText(read('URL'));
    const key = [title, author, url].join('\u0000');
    const group = groups.get(key) ?? { line: row.line, title, author, url, highlights: [] };
    groups.set(key, group);
    group.highlights.push({ quote, note: read('Note')?.trim() ?? '', createdAt: parseDate(read('Highlighted at')) });
  }
  for (const group of groups.values()) {
    const origin = { file, line: group.line };
    if (checkImportUrl(group.url).ok) {
      addItem(
        result,
        { url: group.url, title: group.title, author: group.author, highlights: group.highlights },
        origin,
      );
    } else {
      const { line, title, author, highlights } = group;
      result.looseHighlights.push({ file, line, title, highlights, ...(author ? { author } : {}) });
    }
  }
  return result;
}
