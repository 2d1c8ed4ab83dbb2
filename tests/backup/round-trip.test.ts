import { describe, expect, it } from 'vitest';
import { openBackup } from '../../lib/backup/read-backup';
import { verifyBackup } from '../../lib/backup/verify-backup';
import { writeBackup } from '../../lib/backup/write-backup';
import type { BackupArticle } from '../../lib/backup/types';
import { annotationToRecord } from '../../lib/highlights/web-annotation';
import { asStream, memorySink, sampleLibrary, sha256 } from './backup-library';

const CREATED = new Date('2025-02-03T04:05:06.789Z');

async function backUp(library: BackupArticle[], settings = { theme: 'sepia', fontSize: 19 }) {
  const sink = memorySink();
  const manifest = await writeBackup(asStream(library), sink.writable, {
    generator: 'Liseuse test',
    createdAt: CREATED,
    settings,
  });
  return { manifest, blob: sink.blob(), state: sink.state() };
}

async function imageDigests(article: { images: { key: string; type: string; blob: Blob }[] }) {
  return Promise.all(
    article.images.map(async (image) => ({
      key: image.key,
      type: image.type,
      sha256: sha256(new Uint8Array(await image.blob.arrayBuffer())),
    })),
  );
}

describe('backup format round trip', () => {
  it('reads back exactly what was written: records, bodies, image bytes, highlights, notes, settings', async () => {
    const library = sampleLibrary();
    const { manifest, blob, state } = await backUp(library);
    expect(state).toEqual({ closed: true, aborted: null });
    expect(manifest).toMatchObject({
      format: 'liseuse-backup',
      version: 1,
      createdAt: CREATED.toISOString(),
      generator: 'Liseuse test',
      counts: { articles: 3, images: 3, highlights: 3, notes: 1 },
    });

    const opened = await openBackup(blob);
    if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
    const { backup } = opened;
    expect(backup.manifest).toEqual(manifest);
    expect(backup.settings).toEqual({ theme: 'sepia', fontSize: 19 });

    const restored = [];
    for await (const entry of backup.articles()) {
      if (entry.kind !== 'read') throw new Error(JSON.stringify(entry));
      expect(entry.unlisted).toEqual([]);
      restored.push(entry.article);
    }
    expect(restored.map((entry) => entry.article)).toEqual(library.map((entry) => entry.article));
    expect(restored.map((entry) => entry.body)).toEqual(library.map((entry) => entry.body));
    for (const [index, entry] of restored.entries()) {
      expect(await imageDigests(entry)).toEqual(await imageDigests(library[index]));
      expect(entry.images.map((image) => image.fields)).toEqual(library[index].images.map((image) => image.fields));
    }

    // Each annotation targets its article's URL; read back as records of that article.
    const idOf = new Map(library.map(({ article }) => [article.url, article.id]));
    const highlights = [];
    const notes = [];
    for await (const { source, annotation } of backup.annotations()) {
      const record = annotationToRecord(annotation, idOf.get(source)!);
      if (record.kind === 'highlight') highlights.push(record.highlight);
      else if (record.kind === 'note') notes.push(record.note);
      else throw new Error(record.reason);
    }
    expect(highlights).toEqual(library.flatMap((entry) => entry.highlights));
    expect(notes).toEqual(library.flatMap((entry) => (entry.note ? [entry.note] : [])));
  });

  it('passes its own integrity check, entry by entry', async () => {
    const { blob } = await backUp(sampleLibrary());
    const opened = await openBackup(blob);
    if (!opened.ok) throw new Error(opened.problem.code);
    const report = await verifyBackup(opened.backup);
    expect(report).toEqual({
      ok: true,
      entries: 3 + 5 + 1 + 2,
      found: { articles: 3, images: 3, highlights: 3, notes: 1 },
      problems: [],
    });
  });

  it('writes the same bytes for the same library (entry dates come from the records)', async () => {
    const first = await backUp(sampleLibrary());
    const second = await backUp(sampleLibrary());
    expect(sha256(new Uint8Array(await first.blob.arrayBuffer()))).toBe(
      sha256(new Uint8Array(await second.blob.arrayBuffer())),
    );
  });

  it('writes Zip64 records, so more than 65,535 entries and 4 GB stay readable', async () => {
    const { blob } = await backUp(sampleLibrary());
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const view = new DataView(bytes.buffer);
    const signatures = new Set<number>();
    for (let index = 0; index + 4 <= bytes.length; index += 1) signatures.add(view.getUint32(index, true));
    expect(signatures.has(0x06064b50)).toBe(true); // Zip64 end of central directory record
    expect(signatures.has(0x07064b50)).toBe(true); // Zip64 end of central directory locator
  });

  it('keeps an empty library as an empty, valid backup', async () => {
    const { blob, manifest } = await backUp([]);
    expect(manifest.counts).toEqual({ articles: 0, images: 0, highlights: 0, notes: 0 });
    const opened = await openBackup(blob);
    if (!opened.ok) throw new Error(opened.problem.code);
    expect((await verifyBackup(opened.backup)).ok).toBe(true);
  });
});
