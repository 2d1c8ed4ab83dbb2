import { concatBytes } from '../shared/safe-zip';

/** One element of a top-level JSON array: its bytes and where they are in the file. */
export interface JsonElement {
  /** Byte offsets in the file, to read the element again later (`blob.slice(start, end)`). */
  start: number;
  end: number;
  /** 1-based line the element starts on. */
  line: number;
  bytes: Uint8Array;
}

/** Thrown when the file is not a well-formed JSON array; the message says where. */
export class JsonArrayError extends Error {}

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/** The bytes a JSON value may start with: { [ " - 0–9 t(rue) f(alse) n(ull). */
const VALUE_START = [...'{["-0123456789tfn'].map((char) => char.charCodeAt(0));

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === NEWLINE || byte === 0x0d;
}

/**
 * Yields the elements of the JSON array that `blob` holds, one at a time, reading the file as a
 * stream: a 500 MB export never sits whole in memory, only its largest element. The bytes of each
 * element are checked by JSON.parse later; this only finds where elements start and end (JSON's
 * structural characters are ASCII, and no UTF-8 multi-byte sequence contains an ASCII byte).
 */
export async function* jsonArrayElements(
  blob: Pick<Blob, 'stream'>,
  maxElementBytes: number,
): AsyncGenerator<JsonElement> {
  let phase: 'before' | 'between' | 'element' | 'after' = 'before';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let offset = 0;
  let line = 1;
  let element: { start: number; line: number; chunks: Uint8Array[]; size: number } | null = null;
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) break;
      let elementFrom = 0;
      const finished: JsonElement[] = [];
      for (let index = 0; index < chunk.length; index += 1) {
        const byte = chunk[index];
        const at = offset + index;
        if (phase === 'element') {
          if (inString) {
            if (escaped) escaped = false;
            else if (byte === BACKSLASH) escaped = true;
            else if (byte === QUOTE) inString = false;
          } else if (byte === QUOTE) {
            inString = true;
          } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
            depth += 1;
          } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY || byte === COMMA || isSpace(byte)) {
            const endsScalar = depth === 0;
            if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) depth -= 1;
            if (endsScalar || depth === 0) {
              // A scalar ends before its delimiter; an object or array after its closing bracket.
              const end = endsScalar ? at : at + 1;
              element!.chunks.push(chunk.subarray(elementFrom, end - offset));
              finished.push({ start: element!.start, end, line: element!.line, bytes: concatBytes(element!.chunks) });
              element = null;
              phase = 'between';
              if (endsScalar) {
                index -= 1; // the delimiter is read again, between elements
                continue;
              }
            }
          }
        } else if (isSpace(byte) || (phase === 'before' && at < 3 && [0xef, 0xbb, 0xbf][at] === byte)) {
          // Whitespace (and a UTF-8 byte-order mark) between the tokens of the array itself.
        } else if (phase === 'before') {
          if (byte !== OPEN_ARRAY) throw new JsonArrayError(`line ${line}: the file is not a JSON list`);
          phase = 'between';
        } else if (phase === 'between') {
          if (byte === CLOSE_ARRAY) phase = 'after';
          else if (!VALUE_START.includes(byte) && byte !== COMMA) {
            throw new JsonArrayError(`line ${line}: unexpected character "${String.fromCharCode(byte)}" in the list`);
          } else if (byte !== COMMA) {
            phase = 'element';
            depth = byte === OPEN_OBJECT || byte === OPEN_ARRAY ? 1 : 0;
            inString = byte === QUOTE;
            element = { start: at, line, chunks: [], size: 0 };
            elementFrom = index;
          }
        } else {
          throw new JsonArrayError(`line ${line}: more data after the end of the list`);
        }
        if (byte === NEWLINE) line += 1;
      }
      if (element) {
        const rest = chunk.subarray(elementFrom);
        element.chunks.push(rest);
        element.size += rest.length;
        elementFrom = 0;
        if (element.size > maxElementBytes)
          throw new JsonArrayError(`line ${element.line}: one entry is larger than ${maxElementBytes} bytes`);
      }
      offset += chunk.length;
      yield* finished;
    }
  } finally {
    reader.releaseLock();
  }
  if (phase !== 'after') throw new JsonArrayError(`line ${line}: the file ends in the middle of the list (cut short?)`);
}
