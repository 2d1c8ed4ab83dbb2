import { BlobWriter, TextReader, ZipWriter } from '@zip.js/zip.js/index-native.js';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../lib/import/plan-import';

/**
 * A Blob that refuses to be read whole past `limit` bytes: reading through it proves an importer
 * streams the file (or reads it by ranges) instead of loading it into memory.
 */
function guarded(blob: Blob, limit: number, reads: number[] = []): Blob {
  return {
    size: blob.size,
    type: blob.type,
    slice: (start?: number, end?: number, type?: string) => guarded(blob.slice(start, end, type), limit, reads),
    arrayBuffer: () => {
      reads.push(blob.size);
      if (blob.size > limit) throw new Error(`read whole: ${blob.size} bytes`);
      return blob.arrayBuffer();
    },
    text: () => {
      throw new Error('read whole as text');
    },
    stream: () => blob.stream(),
    bytes: () => {
      throw new Error('read whole as bytes');
    },
  } as Blob;
}

const content = (index: number) => `<p>${`Article ${index}, paragraph. `.repeat(400)}</p>`;

describe('large exports are read without holding the file', () => {
  it('streams a wallabag JSON list, and reads one article again later', async () => {
    const entries = Array.from({ length: 2000 }, (_, index) => ({
      url: `https://example.org/${index}`,
      title: `Article ${index}`,
      is_archived: index % 2,
      is_starred: 0,
      tags: [],
      content: content(index),
      annotations: [],
    }));
    const blob = new Blob([JSON.stringify(entries)]);
    expect(blob.size).toBeGreaterThan(19_000_000);
    const reads: number[] = [];
    const plan = await planImport([{ name: 'wallabag.json', blob: guarded(blob, 1_000_000, reads) }]);
    expect(plan.failures).toEqual([]);
    expect(plan.summary).toMatchObject({ articles: 2000, withContent: 2000 });
    expect(await plan.items[1234].readContent?.()).toBe(content(1234));
    expect(Math.max(...reads)).toBeLessThan(1_000_000);
  });

  it('reads an Omnivore zip by ranges, each page only when asked', async () => {
    const writer = new ZipWriter(new BlobWriter('application/zip'));
    const metadata = Array.from({ length: 300 }, (_, index) => ({
      id: `${index}`,
      slug: `a-${index}`,
      title: `A ${index}`,
      url: `https://example.org/a/${index}`,
      state: 'SUCCEEDED',
      labels: [],
      savedAt: '2024-01-01T00:00:00Z',
      readingProgress: 0,
    }));
    await writer.add('metadata_0_to_300.json', new TextReader(JSON.stringify(metadata)));
    for (const [index] of metadata.entries())
      await writer.add(`content/a-${index}.html`, new TextReader(content(index)));
    const blob = await writer.close();
    const reads: number[] = [];
    const plan = await planImport([{ name: 'omnivore.zip', blob: guarded(blob, 500_000, reads) }]);
    expect(plan.summary).toMatchObject({ articles: 300, withContent: 300 });
    expect(await plan.items[42].readContent?.()).toBe(content(42));
    expect(Math.max(...reads)).toBeLessThan(500_000);
  });
});
