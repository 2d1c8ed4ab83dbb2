import { openAsBlob } from 'node:fs';
import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobWriter, TextReader, Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js/index-native.js';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../lib/import/plan-import';
import type { ImportFile } from '../../lib/import/types';
import { asStream, memorySink } from '../backup/backup-library';
import { writeBackup } from '../../lib/backup/write-backup';
import { bytesFile, zippedFixture } from './import-fixtures';

async function plan(...files: ImportFile[]) {
  return planImport(files);
}

async function zipFile(
  name: string,
  entries: [string, string | Uint8Array][],
  options: { password?: string } = {},
): Promise<ImportFile> {
  const writer = new ZipWriter(new BlobWriter('application/zip'), options);
  for (const [path, content] of entries)
    await writer.add(path, typeof content === 'string' ? new TextReader(content) : new Uint8ArrayReader(content));
  return { name, blob: await writer.close() };
}

/** A file of `size` bytes on disk that starts with `head` (the rest is a hole: no disk used). */
async function sparseFile(name: string, head: string, size: number): Promise<ImportFile> {
  const path = join(await mkdtemp(join(tmpdir(), 'liseuse-import-')), name);
  await writeFile(path, head);
  await truncate(path, size);
  return { name, blob: await openAsBlob(path) };
}

const POCKET_HEADER = 'title,url,time_added,tags,status\n';

describe('files that cannot be imported are refused whole, with the file and the problem named', () => {
  it('a truncated zip', async () => {
    const zip = await zippedFixture('pocket-2025');
    const cut = { name: 'pocket.zip', blob: zip.blob.slice(0, zip.blob.size - 200) };
    const result = await plan(cut);
    expect(result.failures).toEqual([{ file: 'pocket.zip', problem: { code: 'zip-truncated' } }]);
    expect(result.items).toEqual([]);
  });

  it('a CSV without a column its format needs', async () => {
    const result = await plan(bytesFile('part_000000.csv', 'title,time_added,tags,status\nA,1700000000,,unread\n'));
    expect(result.failures).toEqual([
      { file: 'part_000000.csv', problem: { code: 'csv-missing-columns', format: 'pocket-csv', columns: ['url'] } },
    ]);
  });

  it('a CSV with columns of no known export', async () => {
    const result = await plan(bytesFile('contacts.csv', 'name,email\nAnn,ann@example.org\n'));
    expect(result.failures).toEqual([
      { file: 'contacts.csv', problem: { code: 'csv-unknown-columns', columns: ['name', 'email'] } },
    ]);
  });

  it('a CSV whose quoting swallows the rest of the file', async () => {
    const result = await plan(
      bytesFile(
        'pocket.csv',
        `${POCKET_HEADER}"A title,https://a.org,1700000000,,unread\nB,https://b.org,1700000000,,unread\n`,
      ),
    );
    expect(result.failures).toEqual([{ file: 'pocket.csv', problem: { code: 'csv-unclosed-quote', line: 2 } }]);
    expect(result.items).toEqual([]);
  });

  it('keeps the rows around one shifted by an unquoted comma, and lists that row', async () => {
    const result = await plan(
      bytesFile(
        'pocket.csv',
        `${POCKET_HEADER}Hello, world,https://a.org,1700000000,,unread\nB,https://b.org,1700000000,,unread\n`,
      ),
    );
    expect(result.items.map((item) => item.url)).toEqual(['https://b.org/']);
    expect(result.skipped).toEqual([{ file: 'pocket.csv', line: 2, reason: 'field-count', detail: '6/5' }]);
  });

  it('a 500 MB CSV is refused without being read', async () => {
    const rows = Array.from(
      { length: 100 },
      (_, index) => `Title ${index},https://a.org/${index},1700000000,,unread\n`,
    ).join('');
    const big = await sparseFile('huge.csv', POCKET_HEADER + rows, 500 * 1024 * 1024);
    expect(big.blob.size).toBe(500 * 1024 * 1024);
    const result = await plan(big);
    expect(result.failures).toEqual([
      { file: 'huge.csv', problem: { code: 'file-too-large', bytes: 500 * 1024 * 1024, limit: 64_000_000 } },
    ]);
  });

  it('a 500 MB JSON list is streamed, and refused where it stops making sense', async () => {
    const entries = Array.from(
      { length: 40 },
      (_, index) => `{"url":"https://a.org/${index}","is_archived":0,"title":"Entry ${index}"},\n`,
    );
    const big = await sparseFile('wallabag.json', `[${entries.join('')}`, 500 * 1024 * 1024);
    const result = await plan(big);
    expect(result.failures).toEqual([
      {
        file: 'wallabag.json',
        problem: { code: 'json-invalid', detail: expect.stringMatching(/^line 41: unexpected character/) },
      },
    ]);
  });

  it('a 500 MB file of something else', async () => {
    const result = await plan(await sparseFile('video.mp4', '\u0000\u0000\u0000\u0018ftypmp42', 500 * 1024 * 1024));
    expect(result.failures).toEqual([
      { file: 'video.mp4', problem: { code: 'unknown-format', start: '????ftypmp42????' } },
    ]);
  });

  it('an empty file', async () => {
    expect((await plan(bytesFile('empty.csv', ''))).failures).toEqual([
      { file: 'empty.csv', problem: { code: 'file-empty' } },
    ]);
  });

  it('a JSON document from a newer Liseuse, naming both versions', async () => {
    const result = await plan(bytesFile('manifest.json', '{"format":"liseuse-backup","version":4,"counts":{}}'));
    expect(result.failures).toEqual([
      { file: 'manifest.json', problem: { code: 'newer-liseuse', format: 'liseuse-backup', found: 4, supported: 1 } },
    ]);
    const unknown = await plan(bytesFile('notes.json', '{"format":"liseuse-notes","version":1}'));
    expect(unknown.failures).toEqual([
      { file: 'notes.json', problem: { code: 'newer-liseuse', format: 'liseuse-notes', found: 1, supported: null } },
    ]);
  });

  it("Liseuse's own backup, which is restored rather than imported", async () => {
    const sink = memorySink();
    await writeBackup(asStream([]), sink.writable, { generator: 'test' });
    expect((await plan({ name: 'backup.zip', blob: sink.blob() })).failures).toEqual([
      { file: 'backup.zip', problem: { code: 'liseuse-file' } },
    ]);
    const newer = await zipFile('future.zip', [['manifest.json', '{"format":"liseuse-backup","version":2}']]);
    expect((await plan(newer)).failures).toEqual([
      { file: 'future.zip', problem: { code: 'newer-liseuse', format: 'liseuse-backup', found: 2, supported: 1 } },
    ]);
  });

  it('a zip bomb, before anything is inflated', async () => {
    const bomb = await zipFile('pocket.zip', [['part_000000.csv', `${POCKET_HEADER}${'x'.repeat(30 * 1024 * 1024)}`]]);
    expect(bomb.blob.size).toBeLessThan(100 * 1024);
    expect((await plan(bomb)).failures).toEqual([
      {
        file: 'pocket.zip',
        problem: { code: 'zip-bomb', entry: 'part_000000.csv', bytes: expect.any(Number), ratio: expect.any(Number) },
      },
    ]);
  });

  it('a password-protected zip', async () => {
    const locked = await zipFile('locked.zip', [['part_000000.csv', POCKET_HEADER]], { password: 'secret' });
    expect((await plan(locked)).failures).toEqual([{ file: 'locked.zip', problem: { code: 'zip-encrypted' } }]);
  });

  it('a zip with no export in it, and a zip inside the zip', async () => {
    const inner = await zipFile('inner.zip', [['part_000000.csv', POCKET_HEADER]]);
    const outer = await zipFile('outer.zip', [
      ['photo.jpg', new Uint8Array([0xff, 0xd8, 0, 0])],
      ['inner.zip', new Uint8Array(await inner.blob.arrayBuffer())],
    ]);
    expect((await plan(outer)).failures).toEqual([{ file: 'outer.zip', problem: { code: 'zip-no-export', files: 2 } }]);
  });

  it('a broken export inside a zip refuses the whole zip, naming the file inside', async () => {
    const zip = await zipFile('pocket.zip', [
      ['part_000000.csv', `${POCKET_HEADER}A,https://a.org,1,,unread\n`],
      ['part_000001.csv', 'title,time_added,status\n'],
    ]);
    const result = await plan(zip);
    expect(result.failures).toEqual([
      {
        file: 'pocket.zip',
        entry: 'part_000001.csv',
        problem: { code: 'csv-missing-columns', format: 'pocket-csv', columns: ['url'] },
      },
    ]);
    expect(result.items).toEqual([]);
  });

  it('one bad file does not keep the others out', async () => {
    const result = await plan(
      bytesFile('bad.csv', 'name\nx\n'),
      bytesFile('pocket.csv', `${POCKET_HEADER}A,https://a.org,1700000000,,unread\n`),
    );
    expect(result.failures.map((failure) => failure.file)).toEqual(['bad.csv']);
    expect(result.items.map((item) => item.url)).toEqual(['https://a.org/']);
    expect(result.summary).toMatchObject({ articles: 1, failedFiles: 1 });
  });
});
