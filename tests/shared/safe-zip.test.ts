import { BlobWriter, TextReader, Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js/index-native.js';
import { describe, expect, it } from 'vitest';
import { IMPORT_ZIP_LIMITS, openZip, readZipFile, zipFileChunks, type ZipLimits } from '../../lib/shared/safe-zip';

async function zipOf(entries: [string, string | Uint8Array][], level = 6): Promise<Uint8Array> {
  const writer = new ZipWriter(new BlobWriter('application/zip'));
  for (const [path, content] of entries) {
    await writer.add(path, typeof content === 'string' ? new TextReader(content) : new Uint8ArrayReader(content), {
      level,
    });
  }
  return new Uint8Array(await (await writer.close()).arrayBuffer());
}

const SMALL: ZipLimits = {
  maxEntryBytes: 1000,
  maxRatio: 20,
  ratioFloorBytes: 100,
  maxTotalBytes: 1500,
  maxEntries: 3,
  checkOverlapping: true,
};

async function opened(bytes: Uint8Array, limits: ZipLimits = IMPORT_ZIP_LIMITS) {
  const result = await openZip(new Blob([bytes as BlobPart]), limits);
  if (!result.ok) throw new Error(result.problem.code);
  return result.zip;
}

describe('reading zips safely', () => {
  it('lists entries from the central directory and reads each one', async () => {
    const zip = await opened(
      await zipOf([
        ['a.txt', 'alpha'],
        ['folder/b.txt', 'beta'],
      ]),
    );
    expect(zip.files.map((file) => [file.path, file.size])).toEqual([
      ['a.txt', 5],
      ['folder/b.txt', 4],
    ]);
    const read = await readZipFile(zip.files[1], IMPORT_ZIP_LIMITS);
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe('beta');
  });

  it('refuses an entry past the absolute size, the ratio, the total or the number of entries', async () => {
    const check = async (entries: [string, string | Uint8Array][]) =>
      openZip(new Blob([(await zipOf(entries)) as BlobPart]), SMALL);
    expect(await check([['big.txt', 'x'.repeat(1001)]])).toMatchObject({
      ok: false,
      problem: { code: 'zip-bomb', entry: 'big.txt' },
    });
    expect(await check([['dense.txt', new Uint8Array(900)]])).toMatchObject({
      ok: false,
      problem: { code: 'zip-bomb', entry: 'dense.txt' },
    });
    expect(
      await check([
        ['1', random(800)],
        ['2', random(800)],
      ]),
    ).toMatchObject({ ok: false, problem: { code: 'zip-too-large' } });
    expect(
      await check([
        ['1', 'a'],
        ['2', 'b'],
        ['3', 'c'],
        ['4', 'd'],
      ]),
    ).toMatchObject({ ok: false, problem: { code: 'zip-too-large', entries: 4 } });
  });

  it('stops inflating an entry that yields more than its directory declared', async () => {
    const bytes = await zipOf([['liar.txt', new Uint8Array(200_000)]]);
    // Make both headers claim 1,000 bytes (and the checksum of nothing) while the data inflate to 200,000.
    patchSizes(bytes, 'liar.txt', 1000);
    const zip = await opened(bytes);
    expect(zip.files[0].size).toBe(1000);
    const read = await readZipFile(zip.files[0], IMPORT_ZIP_LIMITS);
    expect(read.ok).toBe(false);
    expect(['zip-bomb', 'zip-damaged']).toContain(!read.ok && read.problem.code);
  });

  it('finds an entry whose bytes no longer match their CRC-32', async () => {
    const text = 'a sentence that is stored without compression';
    const bytes = await zipOf([['stored.txt', text]], 0);
    const at = new TextDecoder('latin1').decode(bytes).indexOf('sentence');
    bytes[at] ^= 0x20;
    const zip = await opened(bytes);
    expect(await readZipFile(zip.files[0], IMPORT_ZIP_LIMITS)).toEqual({
      ok: false,
      problem: { code: 'zip-damaged', entry: 'stored.txt' },
    });
    await expect(async () => {
      for await (const chunk of zipFileChunks(zip.files[0], IMPORT_ZIP_LIMITS)) expect(chunk).toBeDefined();
    }).rejects.toMatchObject({ problem: { code: 'zip-damaged', entry: 'stored.txt' } });
  });

  it('says a zip cut short is truncated, and garbage is not a zip', async () => {
    const bytes = await zipOf([['a.txt', 'alpha'.repeat(100)]]);
    expect(await openZip(new Blob([bytes.slice(0, bytes.length - 5)]), IMPORT_ZIP_LIMITS)).toEqual({
      ok: false,
      problem: { code: 'zip-truncated' },
    });
    expect(await openZip(new Blob(['PK\u0003\u0004 not really a zip']), IMPORT_ZIP_LIMITS)).toEqual({
      ok: false,
      problem: { code: 'zip-truncated' },
    });
  });

  it('streams a large entry in chunks', async () => {
    const big = random(3_000_000);
    const zip = await opened(await zipOf([['big.bin', big]], 0));
    let total = 0;
    let chunks = 0;
    for await (const chunk of zipFileChunks(zip.files[0], IMPORT_ZIP_LIMITS)) {
      total += chunk.length;
      chunks += 1;
    }
    expect(total).toBe(big.length);
    expect(chunks).toBeGreaterThan(1);
  });
});

/** Bytes that do not compress. */
function random(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let start = 0; start < size; start += 65_536) crypto.getRandomValues(bytes.subarray(start, start + 65_536));
  return bytes;
}

/** Rewrites the uncompressed size of `name` in its local header and central directory record. */
function patchSizes(bytes: Uint8Array, name: string, size: number): void {
  const view = new DataView(bytes.buffer);
  const encodedName = new TextEncoder().encode(name);
  for (let index = 0; index + 46 < bytes.length; index += 1) {
    const signature = view.getUint32(index, true);
    const nameAt = signature === 0x04034b50 ? index + 30 : signature === 0x02014b50 ? index + 46 : -1;
    if (nameAt === -1 || !encodedName.every((byte, offset) => bytes[nameAt + offset] === byte)) continue;
    const sizeAt = signature === 0x04034b50 ? index + 22 : index + 24;
    if (view.getUint32(sizeAt, true) !== 0xffffffff) view.setUint32(sizeAt, size, true);
  }
}
