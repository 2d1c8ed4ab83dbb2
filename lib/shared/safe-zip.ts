import {
  BlobReader, configure, ERR_CENTRAL_DIRECTORY_NOT_FOUND, ERR_ENCRYPTED, ERR_EOCDR_LOCATOR_ZIP64_NOT_FOUND,
  ERR_EOCDR_NOT_FOUND, ERR_INVALID_COMPRESSED_DATA, ERR_INVALID_CRC32, ERR_INVALID_UNCOMPRESSED_SIZE,
  ERR_LOCAL_FILE_HEADER_NOT_FOUND, ERR_UNSUPPORTED_COMPRESSION, ERR_UNSUPPORTED_ENCRYPTION, ZipReader,
  type Entry, type FileEntry,
} from '@zip.js/zip.js/index-native.js';

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
}

const MIB = 1024 * 1024;

/**
 * Limits for an export from another service. Real HTML, CSV and JSON deflate 5 to 20 times, and
 * deflate cannot exceed about 1,032 times; 100 leaves room for very repetitive files while any
 * entry past it (and past 1 MiB) is a bomb. The largest real entry we expect is an Omnivore
 * metadata file or one article page, far under 256 MiB.
 */
export const IMPORT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxEntryBytes: 256 * MIB, maxRatio: 100, ratioFloorBytes: MIB, maxTotalBytes: 4096 * MIB, maxEntries: 1_000_000,
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

/**
 * Reads the central directory of `blob` (only it: entries are inflated later, one by one) and
 * checks every entry's declared size and ratio against `limits`.
 */
export async function openZip(blob: Blob, limits: ZipLimits): Promise<{ ok: true; zip: OpenedZip } | { ok: false; problem: ZipProblem }> {
  const reader = new ZipReader(new BlobReader(blob));
  const files: ZipFile[] = [];
  let total = 0;
  try {
    for await (const entry of reader.getEntriesGenerator()) {
      if (entry.directory) continue;
      if (entry.encrypted) return { ok: false, problem: { code: 'zip-encrypted' } };
      const problem = sizeProblem(entry, limits);
      if (problem) return { ok: false, problem };
      total += entry.uncompressedSize;
      if (files.length >= limits.maxEntries || total > limits.maxTotalBytes) {
        return { ok: false, problem: { code: 'zip-too-large', entries: files.length + 1, bytes: total } };
      }
      files.push({ path: entry.filename.replace(/\\/g, '/'), size: entry.uncompressedSize, entry });
    }
  } catch (error) {
    return { ok: false, problem: problemOf(error, '') };
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

/** What reading an entry gives: its bytes, or why they cannot be trusted. */
export type EntryBytes = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; problem: ZipProblem };

/**
 * Inflates one entry, checking its CRC-32, and stops as soon as it yields more bytes than its
 * central directory declared or than `limits` allow (a zip bomb may lie about its sizes).
 */
export async function readZipFile(file: ZipFile, limits: ZipLimits, signal?: AbortSignal): Promise<EntryBytes> {
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
      chunks.push(chunk);
    },
  });
  try {
    await file.entry.getData(sink, { checkSignature: true, checkOverlappingEntry: true, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (overflowed) return { ok: false, problem: { code: 'zip-bomb', entry: file.path, bytes: received, ratio: 0 } };
    return { ok: false, problem: problemOf(error, file.path) };
  }
  return { ok: true, bytes: concatBytes(chunks, received) };
}

/** Joins chunks into one array of `length` bytes. */
export function concatBytes(chunks: readonly Uint8Array[], length = chunks.reduce((sum, c) => sum + c.length, 0)): Uint8Array<ArrayBuffer> {
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
  ERR_EOCDR_NOT_FOUND, ERR_EOCDR_LOCATOR_ZIP64_NOT_FOUND, ERR_CENTRAL_DIRECTORY_NOT_FOUND, ERR_LOCAL_FILE_HEADER_NOT_FOUND,
  'Entry data out of bounds',
]);
const DAMAGED = new Set([ERR_INVALID_CRC32, ERR_INVALID_COMPRESSED_DATA, ERR_INVALID_UNCOMPRESSED_SIZE, ERR_UNSUPPORTED_COMPRESSION]);

/** Maps an error thrown by zip.js to the problem a reader can act on. */
function problemOf(error: unknown, entry: string): ZipProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (TRUNCATED.has(message)) return { code: 'zip-truncated' };
  if (message === ERR_ENCRYPTED || message === ERR_UNSUPPORTED_ENCRYPTION) return { code: 'zip-encrypted' };
  if (DAMAGED.has(message) || entry) return { code: 'zip-damaged', entry };
  // Anything else while reading the directory (a garbled record): the archive is unusable.
  return { code: 'zip-truncated' };
}
