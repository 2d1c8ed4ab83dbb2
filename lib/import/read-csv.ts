import Papa from 'papaparse';

/** One data row of a CSV file, with the line it starts on (a quoted value may span lines). */
export interface CsvRow {
  line: number;
  values: string[];
}

/** A CSV file as a header and rows; values are looked up by column name, never by position. */
export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/** The table, or the line where a quoted value opens and never closes. */
export type CsvOutcome = { ok: true; table: CsvTable } | { ok: false; line: number };

/**
 * Parses CSV text with papaparse (RFC 4180 quoting, CRLF or LF, quotes doubled inside values).
 * Blank lines are not rows. An unterminated quote fails the whole file: everything after it
 * would be read as one value, so no reading of the rest can be trusted.
 */
export function readCsv(text: string): CsvOutcome {
  const rows: CsvRow[] = [];
  let header: string[] | null = null;
  let line = 1;
  let consumed = 0;
  let unclosedAt = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: false,
    step(result, parser) {
      const startLine = line;
      line += countLineBreaks(text, consumed, result.meta.cursor);
      consumed = result.meta.cursor;
      if (result.errors.some((error) => error.code === 'MissingQuotes')) {
        unclosedAt = startLine;
        parser.abort();
        return;
      }
      // A value spanning lines keeps its line breaks, as "\n" whatever the file used.
      const values = result.data.map((value) => value.replace(/\r\n?/g, '\n'));
      if (values.length === 1 && values[0].trim() === '') return;
      if (header === null) header = values.map((name) => name.trim());
      // Stray quotes that papaparse read past ("He said "hi" to me") leave the natural reading;
      // if they shifted the values, the row has too many of them and is skipped as such.
      else rows.push({ line: startLine, values });
    },
  });
  if (unclosedAt > 0) return { ok: false, line: unclosedAt };
  return { ok: true, table: { header: header ?? [], rows } };
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) {
    const char = text.charCodeAt(index);
    // "\r\n" counts once (on its "\n"); a lone "\r" is a classic Mac OS line break.
    if (char === 10 || (char === 13 && text.charCodeAt(index + 1) !== 10)) count += 1;
  }
  return count;
}

/** Finds a column by name, ignoring case and surrounding spaces; -1 when absent. */
export function columnIndex(header: readonly string[], name: string): number {
  const wanted = name.toLowerCase();
  return header.findIndex((column) => column.toLowerCase() === wanted);
}

/** A row's values by column name (undefined for a column the file lacks or the row is short of). */
export type RowReader = (column: string) => string | undefined;

/** Returns a reader of `row` by column name for `header`. */
export function rowReader(header: readonly string[], row: CsvRow): RowReader {
  return (column) => {
    const index = columnIndex(header, column);
    return index === -1 ? undefined : row.values[index];
  };
}
