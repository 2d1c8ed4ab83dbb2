import { decodeText } from './decode-text';
import { asRecord } from './json-fields';
import { JsonArrayError, jsonArrayElements, type JsonElement } from './json-array-stream';
import { readOmnivoreEntry, type OmnivoreFiles } from './omnivore-metadata';
import { readPocketAnnotation } from './pocket-annotations';
import { emptyResult } from './source-result';
import type { ImportFormat, ItemOrigin, SourceOutcome, SourceResult } from './types';
import { readWallabagEntry } from './wallabag-entry';

/** The largest single entry of a JSON list: one article with its content is far smaller. */
const MAX_ELEMENT_BYTES = 64 * 1024 * 1024;

type JsonListFormat = Extract<ImportFormat, 'wallabag-json' | 'omnivore' | 'pocket-annotations'>;

/** Recognizes a JSON list by the keys of its first object, as each service names them. */
function formatOf(entry: Record<string, unknown>): JsonListFormat | null {
  if ('is_archived' in entry || 'is_starred' in entry) return 'wallabag-json';
  if ('slug' in entry && ('savedAt' in entry || 'labels' in entry || 'readingProgress' in entry)) return 'omnivore';
  if ('highlights' in entry && 'url' in entry) return 'pocket-annotations';
  return null;
}

/** Context a JSON list may need: Omnivore's metadata looks up its article's other files by slug. */
export interface JsonListContext {
  omnivoreFiles?: (slug: string) => OmnivoreFiles;
}

/**
 * Reads an export that is one JSON list (wallabag, Omnivore's metadata, Pocket's annotations)
 * entry by entry from the file, without holding the file in memory.
 */
export async function readJsonList(blob: Blob, file: string, context: JsonListContext = {}): Promise<SourceOutcome> {
  let format: JsonListFormat | null = null;
  let result: SourceResult | null = null;
  try {
    for await (const element of jsonArrayElements(blob, MAX_ELEMENT_BYTES)) {
      const entry = asRecord(parseElement(element));
      const origin: ItemOrigin = { file, line: element.line };
      format ??= entry ? formatOf(entry) : null;
      if (!format) return { ok: false, failure: { file, problem: { code: 'json-unknown-shape' } } };
      result ??= emptyResult(format);
      if (!entry) result.skipped.push({ ...origin, reason: 'not-an-item' });
      else readEntry(format, entry, origin, result, () => reread(blob, element), context);
    }
  } catch (error) {
    if (!(error instanceof JsonArrayError || error instanceof SyntaxError)) throw error;
    return { ok: false, failure: { file, problem: { code: 'json-invalid', detail: error.message } } };
  }
  return { ok: true, result: result ?? { formats: [], items: [], skipped: [], looseHighlights: [] } };
}

function readEntry(
  format: JsonListFormat,
  entry: Record<string, unknown>,
  origin: ItemOrigin,
  result: SourceResult,
  readAgain: () => Promise<Record<string, unknown>>,
  context: JsonListContext,
): void {
  if (format === 'pocket-annotations') {
    readPocketAnnotation(entry, origin, result);
  } else if (format === 'omnivore') {
    const slug = typeof entry.slug === 'string' ? entry.slug : '';
    readOmnivoreEntry(entry, origin, result, context.omnivoreFiles?.(slug) ?? {});
  } else {
    readWallabagEntry(entry, origin, result, async () => String((await readAgain()).content ?? ''));
  }
}

function parseElement(element: JsonElement): unknown {
  try {
    return JSON.parse(decodeText(element.bytes).text);
  } catch (error) {
    throw new SyntaxError(`line ${element.line}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Reads one element again from the file, to get what was not kept (an article's content). */
async function reread(blob: Blob, element: JsonElement): Promise<Record<string, unknown>> {
  const bytes = new Uint8Array(await blob.slice(element.start, element.end).arrayBuffer());
  return asRecord(JSON.parse(decodeText(bytes).text)) ?? {};
}
