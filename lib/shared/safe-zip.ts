import {
  configure,
  ERR_CENTRAL_DIRECTORY_NOT_FOUND,
  ERR_ENCRYPTED,
  ERR_EOCDR_LOCATOR_ZIP64_NOT_FOUND,
  ERR_EOCDR_NOT_FOUND,
  ERR_INVALID_COMPRESSED_DATA,
  ERR_INVALID_CRC32,
  ERR_INVALID_UNCOMPRESSED_SIZE,
  ERR_LOCAL_FILE_HEADER_NOT_FOUND,
  ERR_OVERLAPPING_ENTRY,
  ERR_UNSUPPORTED_COMPRESSION,
  ERR_UNSUPPORTED_ENCRYPTION,
  ZipReader,
  type Entry,
  type FileEntry,
} from '@zip.js/zip.js/index-native.js';
import { ReadAheadBlobReader } from './read-ahead-reader';

// zip.js in its "native" build: it inflates with the browser's CompressionStream (Node has it too)
// and needs no WebAssembly. Web workers stay off: zip.js would start them from blob: URLs, which
// an MV3 extension may not run, and one entry at a time is fast enough on the main thread.
configure({ useWebWorkers: false });

/** Bounds on what a zip may unpack to, so a hostile or broken archive cannot exhaust memory. */
export interface ZipLimits {
  /** Largest uncompressed size of one entry (each entry is read whole, one at a time). */
  maxEntryBytes: number;
  /** Largest uncompressed/compressed ratio of an entry bigger than `ratioFloorBytes`. */
  maxRatio: number;
  /** Entries smaller than this are never judged by their ratio: they cannot hurt. */
  ratioFloorBytes: number;
  /** Largest sum of the uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /** Largest number of entries. */
  maxEntries: number;
  /**
   * Refuse entries whose data overlap (many entries over the same bytes: a flat zip bomb). zip.js
   * remembers every entry read to check this, so it suits zips of a few files; the totals of
   * declared sizes also stop such bombs.
   */
  checkOverlapping: boolean;
}

const MIB = 1024 * 1024;

/**
 * Limits for an export from another service. Real HTML, CSV and JSON deflate 5 to 20 times, and
 * deflate cannot exceed about 1,032 times; 100 leaves room for very repetitive files while any
 * entry past it (and past 1 MiB) is a bomb. The largest real entry we expect is an Omnivore
 * metadata file or one article page, far under 256 MiB.
 */
export const IMPORT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxEntryBytes: 256 * MIB,
  maxRatio: 100,
  ratioFloorBytes: MIB,
  maxTotalBytes: 4096 * MIB,
  maxEntries: 1_000_000,
  checkOverlapping: true,
});

/** Why a zip cannot be read. */
export type ZipProblem =
  /** The end of the file is missing (an interrupted download or copy). */
  | { code: 'zip-truncated' }
  /** An entry's bytes do not inflate or do not match their checksum. */
  | { code: 'zip-damaged'; entry: string }
  | { code: 'zip-encrypted' }
  /** An entry inflates past the limits: a zip bomb, or something that is not an export. */
  | { code: 'zip-bomb'; entry: string; bytes: number; ratio: number }
  /** Too many entries, or all of them together too large. */
  | { code: 'zip-too-large'; entries: number; bytes: number };

/** One readable entry of an opened zip. */
export interface ZipFile {
  /** Path inside the archive, with "/" separators. */
  path: string;
  /** Size once inflated, as the central directory declares it (checked while reading). */
  size: number;
  entry: FileEntry;
}

/** A zip whose central directory has been read and checked against the limits. */
export interface OpenedZip {
  files: ZipFile[];
  reader: ZipReader<unknown>;
}

/** Thrown by `eachZipFile` and `readZipFileOrThrow`: the zip cannot be read safely. */
export class ZipProblemError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.code);
  }
}

/** Opens a zip lazily: nothing is read until its entries are listed. */
export function zipReaderOf(blob: Blob): ZipReader<unknown> {
  return new ZipReader(new ReadAheadBlobReader(blob));
}

/**
 * Lists the files of a zip from its central directory, one at a time (a backup of 10,000
 * articles has ~100,000 entries: they are not all held), checking each entry's declared size and
 * ratio and the running totals against `limits`. Throws ZipProblemError.
 */
export async function* eachZipFile(reader: ZipReader<unknown>, limits: ZipLimits): AsyncGenerator<ZipFile> {
  let total = 0;
  let count = 0;
  try {
    for await (const entry of reader.getEntriesGenerator()) {
      if (entry.directory) continue;
      if (entry.encrypted) throw new ZipProblemError({ code: 'zip-encrypted' });
      const problem = sizeProblem(entry, limits);
      if (problem) throw new ZipProblemError(problem);
      total += entry.uncompressedSize;
      count += 1;
      if (count > limits.maxEntries || total > limits.maxTotalBytes)
        throw new ZipProblemError({ code: 'zip-too-large', entries: count, bytes: total });
      yield { path: entry.filename.replace(/\\/g, '/'), size: entry.uncompressedSize, entry };
    }
  } catch (error) {
    throw error instanceof ZipProblemError ? error : new ZipProblemError(problemOf(error, ''));
  }
}

/**
 * Reads the central directory of `blob` (only it: entries are inflated later, one by one) and
 * checks every entry's declared size and ratio against `limits`. For zips of a few files (exports).
 */
export async function openZip(
  blob: Blob,
  limits: ZipLimits,
): Promise<{ ok: true; zip: OpenedZip } | { ok: false; problem: ZipProblem }> {
  const reader = zipReaderOf(blob);
  const files: ZipFile[] = [];
  try {
    for await (const file of eachZipFile(reader, limits)) files.push(file);
  } catch (error) {
    if (error instanceof ZipProblemError) return { ok: false, problem: error.problem };
    throw error;
  }
  return { ok: true, zip: { files, reader } };
}

function sizeProblem(entry: Entry, limits: ZipLimits): ZipProblem | null {
  const bytes = entry.uncompressedSize;
  const ratio = bytes / Math.max(1, entry.compressedSize);
  const tooBig = bytes > limits.maxEntryBytes;
  const tooDense = bytes > limits.ratioFloorBytes && ratio > limits.maxRatio;
  return tooBig || tooDense ? { code: 'zip-bomb', entry: entry.filename, bytes, ratio: Math.round(ratio) } : null;
}

/** Options of `readZipFile`. */
export interface ReadOptions {
  signal?: AbortSignal;
  /** Receives the bytes as they inflate, instead of collecting them (the result is then empty). */
  onChunk?: (chunk: Uint8Array) => void;
}

/** Like readZipFile, but throws ZipProblemError. */
export async function readZipFileOrThrow(
  file: ZipFile,
  limits: ZipLimits,
  options: ReadOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const read = await readZipFile(file, limits, options);
  if (!read.ok) throw new ZipProblemError(read.problem);
  return read.bytes;
}

/** What reading an entry gives: its bytes, or why they cannot be trusted. */
export type EntryBytes = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; problem: ZipProblem };

/**
 * Inflates one entry, checking its CRC-32, and stops as soon as it yields more bytes than its
 * central directory declared or than `limits` allow (a zip bomb may lie about its sizes).
 */
export async function readZipFile(file: ZipFile, limits: ZipLimits, options: ReadOptions = {}): Promise<EntryBytes> {
  const { signal, onChunk } = options;
  const cap = Math.min(file.size, limits.maxEntryBytes);
  const chunks: Uint8Array[] = [];
  let received = 0;
  let overflowed = false;
  const sink = new WritableStream<Uint8Array>({
    write(chunk) {
      received += chunk.length;
      if (received > cap) {
        overflowed = true;
        throw new Error('entry larger than declared');
      }
      if (onChunk) onChunk(chunk);
      else chunks.push(chunk);
    },
  });
  try {
    await file.entry.getData(sink, { checkSignature: true, checkOverlappingEntry: limits.checkOverlapping, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (overflowed) return { ok: false, problem: { code: 'zip-bomb', entry: file.path, bytes: received, ratio: 0 } };
    return { ok: false, problem: problemOf(error, file.path) };
  }
  return { ok: true, bytes: concatBytes(chunks, received) };
}

/** Joins chunks into one array of `length` bytes. */
export function concatBytes(
  chunks: readonly Uint8Array[],
  length = chunks.reduce((sum, c) => sum + c.length, 0),
): Uint8Array<ArrayBuffer> {
  // Streams and files never hand out SharedArrayBuffer views, so one chunk can be returned as is.
  if (chunks.length === 1) return chunks[0] as Uint8Array<ArrayBuffer>;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

const TRUNCATED = new Set([
  ERR_EOCDR_NOT_FOUND,
  ERR_EOCDR_LOCATOR_ZIP64_NOT_FOUND,
  ERR_CENTRAL_DIRECTORY_NOT_FOUND,
  ERR_LOCAL_FILE_HEADER_NOT_FOUND,
  'Entry data out of bounds',
]);
const DAMAGED = new Set([
  ERR_INVALID_CRC32,
  ERR_INVALID_COMPRESSED_DATA,
  ERR_INVALID_UNCOMPRESSED_SIZE,
  ERR_UNSUPPORTED_COMPRESSION,
]);

/** Maps an error thrown by zip.js to the problem a reader can act on. */
function problemOf(error: unknown, entry: string): ZipProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (TRUNCATED.has(message)) return { code: 'zip-truncated' };
  if (message === ERR_ENCRYPTED || message === ERR_UNSUPPORTED_ENCRYPTION) return { code: 'zip-encrypted' };
  if (message === ERR_OVERLAPPING_ENTRY) return { code: 'zip-bomb', entry, bytes: 0, ratio: 0 };
  if (DAMAGED.has(message) || entry) return { code: 'zip-damaged', entry };
  // Anything else while reading the directory (a garbled record): the archive is unusable.
  return { code: 'zip-truncated' };
}

/**
 * Inflates one entry as a stream of chunks (for entries too large to hold, such as a backup's
 * annotations.jsonl), with the same checks as readZipFile. Throws ZipProblemError.
 */
export async function* zipFileChunks(
  file: ZipFile,
  limits: ZipLimits,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  const cap = Math.min(file.size, limits.maxEntryBytes);
  let received = 0;
  const overflow = new ZipProblemError({ code: 'zip-bomb', entry: file.path, bytes: cap, ratio: 0 });
  const pipe = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      received += chunk.length;
      if (received > cap) throw overflow;
      controller.enqueue(chunk);
    },
  });
  const reader = pipe.readable.getReader();
  let failure: unknown = null;
  let finished = false;
  // zip.js checks the CRC-32 after the last chunk: the loop below ends first, then awaits this.
  const inflating = file.entry
    .getData(pipe.writable, { checkSignature: true, checkOverlappingEntry: limits.checkOverlapping, signal })
    .then(
      () => undefined,
      async (error: unknown) => {
        failure = error;
        // Ends a pending read; fails only once the consumer has released the stream, which is fine.
        await reader.cancel(error).catch(() => undefined);
      },
    );
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield value;
    }
    await inflating;
    finished = true;
  } catch (error) {
    failure ??= error;
  } finally {
    // A consumer that stops early must not leave zip.js writing into a stream nobody reads.
    if (!finished && failure === null) await reader.cancel();
    reader.releaseLock();
  }
  if (failure !== null) {
    if (signal?.aborted) throw failure;
    if (received > cap) throw overflow;
    throw failure instanceof ZipProblemError ? failure : new ZipProblemError(problemOf(failure, file.path));
  }
}
