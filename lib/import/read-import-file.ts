import { decodeText } from './decode-text';
import { readJsonList, type JsonListContext } from './json-source';
import { firstWords, readTextExport } from './text-source';
import type { ImportFile, SourceOutcome } from './types';

/**
 * The largest CSV or HTML export read at once. 64 MB is about 300,000 saved links in Pocket's
 * CSV, more than any real library; a larger file is most likely not an export, and is refused
 * before it is read (zips and JSON lists are streamed and have no such limit).
 */
export const MAX_TEXT_BYTES = 64_000_000;

/** Enough of the start of a file to tell what it is. */
const SNIFF_BYTES = 64 * 1024;

/** What a file is, from its first bytes. */
export type FileKind = 'zip' | 'json-list' | 'text' | 'binary';

/** Tells a zip, a JSON list, text or another binary file apart from their first bytes. */
export function kindOf(head: Uint8Array): FileKind {
  // "PK\3\4" starts a zip's first entry; "PK\5\6" is the whole of an empty zip.
  const zip =
    head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
  if (zip) return 'zip';
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  // A NUL byte never appears in UTF-8 or windows-1252 text, and always in images and videos.
  if (!utf16 && head.subarray(0, 1024).includes(0)) return 'binary';
  if (!utf16 && decodeText(head).text.trimStart().startsWith('[')) return 'json-list';
  return 'text';
}

/** Options of `readImportBlob` for the files inside a zip. */
export interface ReadOptions extends JsonListContext {
  /** Reads a zip; absent inside a zip, where nested archives are not opened (a zip-bomb classic). */
  readZip?: (file: ImportFile) => Promise<SourceOutcome>;
}

/**
 * Reads one export file: detects its format from its content (never its name), then parses it.
 * A file is either read whole into a result or refused with the reason; nothing in between.
 */
export async function readImportBlob(file: ImportFile, options: ReadOptions = {}): Promise<SourceOutcome> {
  const { name, blob } = file;
  if (blob.size === 0) return { ok: false, failure: { file: name, problem: { code: 'file-empty' } } };
  const head = new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer());
  const kind = kindOf(head);
  if (kind === 'zip') {
    if (options.readZip) return options.readZip(file);
    return { ok: false, failure: { file: name, problem: { code: 'unknown-format', start: 'PK' } } };
  }
  if (kind === 'binary')
    return {
      ok: false,
      failure: { file: name, problem: { code: 'unknown-format', start: firstWords(printable(head)) } },
    };
  if (kind === 'json-list') return readJsonList(blob, name, options);
  if (blob.size > MAX_TEXT_BYTES) {
    return {
      ok: false,
      failure: { file: name, problem: { code: 'file-too-large', bytes: blob.size, limit: MAX_TEXT_BYTES } },
    };
  }
  const { text } = decodeText(new Uint8Array(await blob.arrayBuffer()));
  return readTextExport(text, name);
}

function printable(head: Uint8Array): string {
  return String.fromCharCode(...head.subarray(0, 16)).replace(/[^\x20-\x7e]/g, '?');
}
