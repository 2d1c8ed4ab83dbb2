// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, ZipStreamWriter } from '../../lib/backup/zip-stream';
import { eachZipFile, readZipFileOrThrow, zipReaderOf } from '../../lib/shared/safe-zip';
import { imageBytes, memorySink, sha256 } from './backup-library';

const LIMITS = {
  maxEntries: 1_000,
  maxTotalBytes: 1e9,
  maxEntryBytes: 1e8,
  maxRatio: 10_000,
  ratioFloorBytes: 1e6,
  checkOverlapping: true,
};

async function writeZip() {
  const sink = memorySink();
  const zip = new ZipStreamWriter(sink.writable.getWriter());
  const date = new Date(2024, 4, 1, 10, 30, 12);
  await zip.add('articles/a/index.html', new TextEncoder().encode('<p>Les élèves</p>'.repeat(200)), {
    deflate: true,
    lastModDate: date,
  });
  await zip.add('articles/a/images/1.jpg', imageBytes(70_000, 3), { deflate: false, lastModDate: date });
  await zip.add('articles/é/meta.json', new TextEncoder().encode('{}'), { deflate: true, lastModDate: date });
  await zip.add('empty.txt', new Uint8Array(0), { deflate: true, lastModDate: date });
  await zip.addStream('annotations.jsonl', new Blob(['{"a":1}\n'.repeat(50_000)]).stream(), { lastModDate: date });
  await zip.close();
  return sink.blob();
}

describe('the streaming Zip64 writer', () => {
  it('computes the CRC-32 zip uses', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('6789'), crc32(new TextEncoder().encode('12345')))).toBe(0xcbf43926);
  });

  it('writes entries zip.js reads back byte for byte, stored, deflated and streamed', async () => {
    const blob = await writeZip();
    const files = [];
    for await (const file of eachZipFile(zipReaderOf(blob), LIMITS)) files.push(file);
    expect(files.map((file) => [file.path, file.size])).toEqual([
      ['articles/a/index.html', 3_800],
      ['articles/a/images/1.jpg', 70_000],
      ['articles/é/meta.json', 2],
      ['empty.txt', 0],
      ['annotations.jsonl', 400_000],
    ]);
    expect(new TextDecoder().decode(await readZipFileOrThrow(files[0]!, LIMITS))).toBe('<p>Les élèves</p>'.repeat(200));
    expect(sha256(await readZipFileOrThrow(files[1]!, LIMITS))).toBe(sha256(imageBytes(70_000, 3)));
    expect(new TextDecoder().decode(await readZipFileOrThrow(files[4]!, LIMITS))).toBe('{"a":1}\n'.repeat(50_000));
    expect(files[1]!.entry.lastModDate).toEqual(new Date(2024, 4, 1, 10, 30, 12));
  });

  it('is a valid Zip64 archive for Info-ZIP too (every CRC checked)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liseuse-zip-'));
    try {
      const path = join(dir, 'backup.zip');
      writeFileSync(path, new Uint8Array(await (await writeZip()).arrayBuffer()));
      const report = execFileSync('/usr/bin/unzip', ['-t', path], { encoding: 'utf8' });
      expect(report).toContain('No errors detected');
      expect(report).toContain('annotations.jsonl');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
