import { TextReader, Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js/lib/zip-core-native.js';

/** One file of an archive. */
export interface ZipEntry {
  /** Path inside the archive ("OEBPS/chapter-1.xhtml"). */
  name: string;
  data: string | Uint8Array;
  /** Stored without compression and without extra fields (EPUB's `mimetype`). */
  stored?: boolean;
}

/**
 * Zips `entries` in the order given (zip.js, the project's zip library). No web workers: MV3
 * extension pages allow no blob: workers, and these archives are small enough for the page.
 * `modified` dates every entry, so the same export gives the same bytes.
 */
export async function zipEntries(entries: readonly ZipEntry[], modified: Date): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { useWebWorkers: false, lastModDate: modified });
  for (const entry of entries) {
    const reader = typeof entry.data === 'string' ? new TextReader(entry.data) : new Uint8ArrayReader(entry.data);
    // OCF (EPUB) wants its `mimetype` stored, first, with no extra field: its bytes then sit at
    // a fixed offset where readers sniff them. Level 0 stores; no extended timestamp, no extra.
    await writer.add(
      entry.name,
      reader,
      entry.stored ? { level: 0, extendedTimestamp: false, dataDescriptor: false } : { level: 6 },
    );
  }
  return writer.close();
}
