import { BlobReader, type CreateReadableOptions } from '@zip.js/zip.js/index-native.js';

/** Bytes read from the file at once: a zip's small entries then cost one read per window, not one each. */
const WINDOW_BYTES = 1 << 20;

/**
 * A zip.js reader over a Blob (a picked File) that reads ahead: each read of the file fetches a
 * 1 MB window, and the headers and small entries that follow are served from it. A backup of
 * 10,000 articles has ~40,000 small entries read in order; one file read each (an IPC to the
 * browser process) cost more than inflating them. Memory holds one window at most.
 */
export class ReadAheadBlobReader extends BlobReader {
  private window: { start: number; bytes: Uint8Array } | null = null;

  constructor(private readonly blob: Blob) {
    super(blob);
  }

  /** The bytes [offset, offset + length), from the window when it holds them. */
  override async readUint8Array(offset: number, length: number): Promise<Uint8Array> {
    const end = Math.min(this.blob.size, offset + length);
    const held = this.held(offset, end);
    if (held) return held;
    if (end - offset > WINDOW_BYTES / 2) return new Uint8Array(await this.blob.slice(offset, end).arrayBuffer());
    const bytes = new Uint8Array(
      await this.blob.slice(offset, Math.min(this.blob.size, offset + WINDOW_BYTES)).arrayBuffer(),
    );
    this.window = { start: offset, bytes };
    return bytes.subarray(0, end - offset);
  }

  /** An entry's data as a stream: from the window when it holds it, else streamed from the file. */
  override createReadable(options?: CreateReadableOptions): ReadableStream<Uint8Array> {
    const offset = options?.offset ?? 0;
    const end = Math.min(this.blob.size, offset + (options?.size ?? this.blob.size - offset));
    const held = this.held(offset, end);
    if (!held) return super.createReadable(options);
    // A copy: the stream's consumer may transfer or keep the chunk after the window moves on.
    const chunk = held.slice();
    return new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.close();
      },
    });
  }

  private held(offset: number, end: number): Uint8Array | null {
    const window = this.window;
    if (!window || offset < window.start || end > window.start + window.bytes.length) return null;
    return window.bytes.subarray(offset - window.start, end - window.start);
  }
}
