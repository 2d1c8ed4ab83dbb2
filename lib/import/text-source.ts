import { csvFormatOf } from './csv-formats';
import { readInstapaperCsv } from './instapaper-csv';
import { liseuseFileProblem } from './liseuse-file';
import { readNetscapeBookmarks } from './netscape-bookmarks';
import { readPocketCsv } from './pocket-csv';
import { readPocketHtml } from './pocket-html';
import { readRaindropCsv } from './raindrop-csv';
import { readCsv, type CsvTable } from './read-csv';
import { readReadwiseHighlightsCsv } from './readwise-highlights-csv';
import { readReadwiseReaderCsv } from './readwise-reader-csv';
import type { FileProblem, ImportFormat, SourceOutcome, SourceResult } from './types';

const CSV_READERS: Partial<Record<ImportFormat, (table: CsvTable, file: string) => SourceResult>> = {
  'pocket-csv': readPocketCsv,
  'instapaper-csv': readInstapaperCsv,
  'readwise-reader-csv': readReadwiseReaderCsv,
  'readwise-highlights-csv': readReadwiseHighlightsCsv,
  'raindrop-csv': readRaindropCsv,
};

/** Netscape's bookmark format declares itself on its first line. */
const NETSCAPE_DOCTYPE = /^\s*<!DOCTYPE\s+NETSCAPE-Bookmark-file-1\s*>/i;
/** Pocket's old export: `<h1>Unread</h1>` lists of links carrying `time_added`. */
const POCKET_HTML = /<h1>\s*(Unread|Read Archive)\s*<\/h1>|<a\s[^>]*\btime_added=/i;

/** Reads an export held in text: HTML (bookmarks, Pocket), one JSON object (Liseuse's own) or CSV. */
export function readTextExport(text: string, file: string): SourceOutcome {
  const start = text.trimStart();
  if (start.startsWith('<')) {
    if (NETSCAPE_DOCTYPE.test(start)) return { ok: true, result: readNetscapeBookmarks(text, file) };
    if (POCKET_HTML.test(text)) return { ok: true, result: readPocketHtml(text, file) };
    return refuse(file, { code: 'unknown-format', start: firstWords(start) });
  }
  if (start.startsWith('{')) return readJsonObject(start, file);
  const parsed = readCsv(text);
  if (!parsed.ok) return refuse(file, { code: 'csv-unclosed-quote', line: parsed.line });
  const format = csvFormatOf(parsed.table.header);
  if (!format.ok) return refuse(file, format.problem);
  const read = CSV_READERS[format.format];
  return read
    ? { ok: true, result: read(parsed.table, file) }
    : refuse(file, { code: 'unknown-format', start: firstWords(start) });
}

function readJsonObject(text: string, file: string): SourceOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse(file, { code: 'json-invalid', detail: error instanceof Error ? error.message : String(error) });
  }
  return refuse(file, liseuseFileProblem(json) ?? { code: 'json-unknown-shape' });
}

function refuse(file: string, problem: FileProblem): SourceOutcome {
  return { ok: false, failure: { file, problem } };
}

/** The start of a file, to show what it is in a message (one line, at most 40 characters). */
export function firstWords(text: string): string {
  const line = text.split(/\r?\n/, 1)[0].replace(/[^\p{L}\p{N}\p{P}\p{S} ]/gu, '?');
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
