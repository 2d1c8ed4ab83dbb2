import { describe, expect, it } from 'vitest';
import { openBackup } from '../../lib/backup/read-backup';
import type { BackupArticle } from '../../lib/backup/types';
import { verifyBackup } from '../../lib/backup/verify-backup';
import { writeBackup } from '../../lib/backup/write-backup';
import { ReadAheadBlobReader } from '../../lib/shared/read-ahead-reader';
import { asStream, imageBytes, memorySink, sha256 } from './backup-library';

// The zip is read through 1 MB windows and written in 1 MB pieces: entries that straddle a
// window's edge, entries larger than half a window (read straight from the file) and many small
// ones between them must all come back byte for byte.

describe('reading ahead and writing in pieces', () => {
  it('gives back every byte of entries smaller than, across and larger than a window', async () => {
    const sizes = [300_000, 700_000, 5_000, 1_500_000, 90_000, 600_000, 40];
    const library: BackupArticle[] = sizes.map((size, index) => ({
      article: {
        id: `a${index}`,
        url: `https://example.org/${index}`,
        title: `Article ${index}`,
        savedAt: 1,
        updatedAt: 1,
        tags: [],
      },
      body: { html: `<p>${'texte '.repeat(index * 500)}</p>`, fields: { text: 'texte' } },
      images: [
        {
          key: `https://cdn.example/${index}.png`,
          type: 'image/png',
          blob: new Blob([imageBytes(size, index + 1)], { type: 'image/png' }),
          fields: {},
        },
      ],
      highlights: [],
      note: null,
    }));
    const sink = memorySink();
    await writeBackup(asStream(library), sink.writable, { generator: 'test' });
    const opened = await openBackup(sink.blob());
    if (!opened.ok) throw new Error(opened.problem.code);
    expect(await verifyBackup(opened.backup)).toMatchObject({ ok: true, problems: [] });
    const read: string[] = [];
    for await (const entry of opened.backup.articles()) {
      if (entry.kind !== 'read') throw new Error(entry.kind);
      read.push(sha256(new Uint8Array(await entry.article.images[0]!.blob.arrayBuffer())));
      expect(entry.article.body!.html).toBe(library[read.length - 1]!.body!.html);
    }
    expect(read).toEqual(sizes.map((size, index) => sha256(imageBytes(size, index + 1))));
  });

  it('answers reads inside, across and past its window, and at the end of the file', async () => {
    const bytes = imageBytes(3_000_000, 9);
    const reader = new ReadAheadBlobReader(new Blob([bytes]));
    const check = async (offset: number, length: number) =>
      expect(sha256(await reader.readUint8Array(offset, length))).toBe(
        sha256(bytes.subarray(offset, Math.min(bytes.length, offset + length))),
      );
    await check(0, 30);
    await check(100, 5_000);
    await check(1_048_000, 1_000);
    await check(1_049_000, 800_000);
    await check(2_999_990, 100);
    const stream = reader.createReadable({ offset: 2_999_000, size: 1_000 });
    const chunks: number[] = [];
    for await (const chunk of stream) chunks.push(...chunk);
    expect(sha256(Uint8Array.from(chunks))).toBe(sha256(bytes.subarray(2_999_000)));
  });
});
