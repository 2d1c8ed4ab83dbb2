import { BlobWriter, TextReader, Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js/index-native.js';
import { describe, expect, it } from 'vitest';
import { openBackup, type OpenedBackup } from '../../lib/backup/read-backup';
import { verifyBackup } from '../../lib/backup/verify-backup';
import { writeBackup } from '../../lib/backup/write-backup';
import { asStream, imageBytes, memorySink, sampleLibrary } from './backup-library';

async function goodBackup(): Promise<Uint8Array> {
  const sink = memorySink();
  await writeBackup(asStream(sampleLibrary()), sink.writable, {
    generator: 'test',
    createdAt: new Date('2025-01-01T00:00:00Z'),
  });
  return new Uint8Array(await sink.blob().arrayBuffer());
}

async function open(bytes: Uint8Array | Blob): Promise<OpenedBackup> {
  const opened = await openBackup(bytes instanceof Blob ? bytes : new Blob([bytes as BlobPart]));
  if (!opened.ok) throw new Error(`could not open: ${JSON.stringify(opened.problem)}`);
  return opened.backup;
}

/** A zip made entry by entry, to build backups the writer would never write. */
async function zipOf(entries: [string, string | Uint8Array][]): Promise<Blob> {
  const writer = new ZipWriter(new BlobWriter('application/zip'));
  for (const [path, content] of entries) {
    await writer.add(path, typeof content === 'string' ? new TextReader(content) : new Uint8ArrayReader(content));
  }
  return writer.close();
}

const manifest = (version: number) =>
  JSON.stringify({
    format: 'liseuse-backup',
    version,
    createdAt: '2030-01-01T00:00:00Z',
    generator: 'Liseuse 9',
    counts: { articles: 0, images: 0, highlights: 0, notes: 0 },
    files: {},
  });

describe('backups that cannot be trusted', () => {
  it('refuses a backup from a newer Liseuse, naming both versions', async () => {
    expect(await openBackup(await zipOf([['manifest.json', manifest(7)]]))).toEqual({
      ok: false,
      problem: { code: 'newer-backup', found: 7, supported: 1 },
    });
  });

  it('refuses a zip without a manifest, or with another format', async () => {
    expect(await openBackup(await zipOf([['part_000000.csv', 'title,url\n']]))).toEqual({
      ok: false,
      problem: { code: 'not-a-backup' },
    });
    expect(await openBackup(await zipOf([['manifest.json', '{"format":"other","version":1}']]))).toEqual({
      ok: false,
      problem: { code: 'not-a-backup' },
    });
  });

  it('refuses a manifest without a usable version', async () => {
    const opened = await openBackup(await zipOf([['manifest.json', '{"format":"liseuse-backup","version":"1"}']]));
    expect(opened).toMatchObject({ ok: false, problem: { code: 'bad-manifest' } });
  });

  it('says a truncated backup is cut short', async () => {
    const bytes = await goodBackup();
    for (const keep of [bytes.length - 10, Math.floor(bytes.length / 2), 100]) {
      expect(await openBackup(new Blob([bytes.slice(0, keep)]))).toEqual({
        ok: false,
        problem: { code: 'zip-truncated' },
      });
    }
  });

  it('finds an image whose bytes changed, and still reads the other articles', async () => {
    const bytes = await goodBackup();
    // The PNG is stored uncompressed: find its bytes in the zip and flip one.
    const png = imageBytes(40_000, 1);
    const at = indexOf(bytes, png.subarray(100, 132));
    expect(at).toBeGreaterThan(0);
    bytes[at + 5] ^= 0xff;
    const backup = await open(bytes);
    const entries = [];
    for await (const entry of backup.articles()) entries.push(entry);
    expect(entries.map((entry) => entry.kind)).toEqual(['failed', 'read', 'read']);
    expect(entries[0]).toMatchObject({
      kind: 'failed',
      problem: { code: 'zip-damaged', entry: expect.stringMatching(/images\/1\.png$/) },
    });
    const report = await verifyBackup(await open(bytes));
    expect(report.ok).toBe(false);
    expect(report.problems.map((problem) => problem.code)).toContain('zip-damaged');
  });

  it('finds a file whose SHA-256 does not match meta.json', async () => {
    const meta = {
      article: { id: 'a', url: 'https://example.org/a' },
      body: { file: 'index.html', size: 5, sha256: '0'.repeat(64), fields: {} },
      images: [],
    };
    const backup = await open(
      await zipOf([
        ['articles/a/index.html', 'hello'],
        ['articles/a/meta.json', JSON.stringify(meta)],
        ['manifest.json', manifest(1).replace('"articles":0', '"articles":1')],
      ]),
    );
    const [entry] = await collect(backup.articles());
    expect(entry).toEqual({
      kind: 'failed',
      folder: 'articles/a/',
      url: 'https://example.org/a',
      problem: { code: 'damaged-entry', entry: 'articles/a/index.html', detail: 'SHA-256 differs from meta.json' },
    });
  });

  it('reports files that meta.json does not list, missing files, and wrong counts', async () => {
    const meta = { article: { id: 'a', url: 'https://example.org/a' }, body: null, images: [] };
    const backup = await open(
      await zipOf([
        ['articles/a/meta.json', JSON.stringify(meta)],
        ['articles/a/stray.bin', 'x'],
        ['articles/b/index.html', '<p>'],
        ['manifest.json', manifest(1)],
      ]),
    );
    const report = await verifyBackup(backup);
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(3);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { code: 'damaged-entry', entry: 'articles/b/meta.json', detail: 'missing' },
        { code: 'damaged-entry', entry: 'articles/a/stray.bin', detail: 'not listed in meta.json' },
        { code: 'damaged-entry', entry: 'manifest.json', detail: 'articles: the manifest says 0, the backup holds 1' },
      ]),
    );
  });

  it('refuses a zip bomb (an entry past 100 times its packed size) before inflating it', async () => {
    const bomb = await zipOf([
      ['manifest.json', manifest(1)],
      ['articles/a/index.html', new Uint8Array(20 * 1024 * 1024)],
    ]);
    expect(bomb.size).toBeLessThan(1024 * 1024);
    expect(await openBackup(bomb)).toMatchObject({
      ok: false,
      problem: { code: 'zip-bomb', entry: 'articles/a/index.html' },
    });
  });

  it('aborts the file when the backup is cancelled, and says so', async () => {
    const sink = memorySink();
    const controller = new AbortController();
    const library = sampleLibrary();
    async function* slowly() {
      yield library[0];
      controller.abort(new DOMException('Cancelled', 'AbortError'));
      yield library[1];
    }
    await expect(
      writeBackup(slowly(), sink.writable, { generator: 'test', signal: controller.signal }),
    ).rejects.toThrow(/Cancelled|abort/i);
    expect(sink.state().aborted).not.toBeNull();
    expect(sink.state().closed).toBe(false);
  });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let index = 0; index <= haystack.length - needle.length; index += 1) {
    for (let offset = 0; offset < needle.length; offset += 1)
      if (haystack[index + offset] !== needle[offset]) continue outer;
    return index;
  }
  return -1;
}
