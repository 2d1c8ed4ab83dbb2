import { checkImportUrl } from './canonical-url';
import { rowReader, type CsvTable, type RowReader } from './read-csv';
import type { ImportFormat, ImportItem, ItemOrigin, SourceResult } from './types';

/** What a parser reads from one entry, before its address is checked. */
export type ItemFields = Partial<Omit<ImportItem, 'url' | 'origins'>> & { url: string | undefined | null };

/** An empty result for one format. */
export function emptyResult(format: ImportFormat): SourceResult {
  return { formats: [format], items: [], skipped: [], looseHighlights: [] };
}

/**
 * Adds an item to `result` when its address is a web address, or a skipped row saying why not
 * (with the title, so the reader can find the row).
 */
export function addItem(result: SourceResult, fields: ItemFields, origin: ItemOrigin): void {
  const checked = checkImportUrl(fields.url);
  if (!checked.ok) {
    const detail = checked.reason === 'bad-url' ? String(fields.url).trim() : fields.title?.trim() || undefined;
    result.skipped.push({ ...origin, reason: checked.reason, ...(detail ? { detail } : {}) });
    return;
  }
  const { url: _raw, ...rest } = fields;
  result.items.push({
    title: '',
    tags: [],
    state: 'unread',
    favorite: false,
    savedAt: null,
    progress: 0,
    highlights: [],
    ...withoutUndefined(rest),
    url: checked.url,
    origins: [checked.url === fields.url ? origin : { ...origin, url: String(fields.url).trim() }],
  });
}

function withoutUndefined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * Reads every row of a CSV export into items with `toFields`: empty rows and rows shifted by an
 * unquoted comma are listed as skipped, with their line.
 */
export function csvItems(
  table: CsvTable,
  file: string,
  format: ImportFormat,
  toFields: (read: RowReader) => ItemFields,
): SourceResult {
  const result = emptyResult(format);
  for (const row of table.rows) {
    const origin = { file, line: row.line };
    if (row.values.every((value) => value.trim() === '')) {
      result.skipped.push({ ...origin, reason: 'empty-row' });
    } else if (row.values.length > table.header.length) {
      const detail = `${row.values.length}/${table.header.length}`;
      result.skipped.push({ ...origin, reason: 'field-count', detail });
    } else {
      addItem(result, toFields(rowReader(table.header, row)), origin);
    }
  }
  return result;
}

/** Trimmed text, or undefined when empty, for optional fields. */
export function optionalText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text ? text : undefined;
}
