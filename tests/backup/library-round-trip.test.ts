// @vitest-environment node
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { backUpLibrary } from '../../lib/backup/back-up-library';
import { openBackup, type OpenedBackup } from '../../lib/backup/read-backup';
import { restoreLibrary } from '../../lib/backup/restore-library';
import type { Article } from '../../lib/shared/article';
import { writeArticle } from '../../lib/storage/articles';
import { closeDb, openLibrary } from '../../lib/storage/database';
import { editTags, updateArticles } from '../../lib/storage/library';
import { mergeArticleSnapshots } from '../../lib/storage/restore';
import { createLibrarySearch } from '../../lib/library/library-search';
import { aBlob, anExtraction } from '../support/fixtures';
import type { SafeHtml } from '../../lib/shared/sanitize';
import { writeBackup } from '../../lib/backup/write-backup';
import { asStream, memorySink } from './backup-library';

/** Ids of the articles the Library's search finds for `query` (titles, text, highlights and notes). */
const found = async (query: string) => (await createLibrarySearch().search(query)).map((hit) => hit.id);

const win = new JSDOM('').window as unknown as Window;

function wipe() {
  closeDb();
  globalThis.indexedDB = new IDBFactory();
}

async function saveSample(url: string, title: string, text: string, images: number) {
  const result = await writeArticle({
    extraction: anExtraction({ url, title, text, html: `<p>${text}</p><img src="${url}/1.png" alt="">` as SafeHtml }),
    pageUrl: `${url}?utm_source=feed`,
    images: Array.from({ length: images }, (_, index) => ({
      key: `${url}/${index + 1}.png`,
      blob: aBlob(`${title} image ${index} ${'x'.repeat(index * 1000)}`),
      type: 'image/png',
      sourceUrl: `${url}/${index + 1}.png`,
    })),
    missingImageCount: 0,
  });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

/** A Library with what a backup must carry: images, tags, states, progress, a placeholder. */
async function seedLibrary() {
  const first = await saveSample(
    'https://a.example/one',
    'Les élèves',
    'Un texte sur les élèves et la lecture calme.',
    2,
  );
  const second = await saveSample('https://b.example/two', 'Second', 'Gardening with tomatoes.', 1);
  await saveSample('https://c.example/three', 'Third', 'No images here at all.', 0);
  await editTags([first.id, second.id], { add: ['école', 'long read'] });
  await updateArticles([first.id], { archived: true, favorite: true, progress: 0.42, readAt: 1_700_000_000_000 });
  const placeholder: Article = {
    id: 'imported-1',
    url: 'https://d.example/later',
    pageUrl: 'https://d.example/later',
    title: 'From Pocket',
    byline: null,
    siteName: null,
    lang: null,
    dir: null,
    publishedTime: null,
    excerpt: null,
    leadImage: null,
    wordCount: 0,
    readingMinutes: 0,
    savedAt: 1_600_000_000_000,
    updatedAt: 1_600_000_000_000,
    imageCount: 0,
    missingImageCount: 0,
    archived: false,
    favorite: false,
    tags: ['pocket'],
    progress: 0,
    notDownloaded: true,
  };
  const written = await mergeArticleSnapshots([{ article: placeholder, body: null, images: [] }], 'keep-existing');
  if (!written.ok) throw new Error(written.reason);
}

/** Every record of the Library, with each image as its type and SHA-256. */
async function dumpLibrary() {
  const db = await openLibrary();
  const images = await Promise.all(
    (await db.getAll('images')).map(async ({ blob, ...image }) => ({
      ...image,
      size: blob.size,
      sha256: createHash('sha256')
        .update(new Uint8Array(await blob.arrayBuffer()))
        .digest('hex'),
    })),
  );
  return { articles: await db.getAll('articles'), bodies: await db.getAll('bodies'), images };
}

async function backUp(): Promise<OpenedBackup> {
  const sink = memorySink();
  await backUpLibrary(sink.writable, { generator: 'Liseuse test', settings: { readerSettings: { theme: 'dark' } } });
  const opened = await openBackup(sink.blob());
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  return opened.backup;
}

describe('back up the Library, wipe it, restore it', () => {
  beforeEach(wipe);

  it('gives back exactly the same Library: every record, every image byte, search included', async () => {
    await seedLibrary();
    const before = await dumpLibrary();
    const backup = await backUp();
    expect(backup.manifest.counts).toEqual({ articles: 4, images: 3, highlights: 0, notes: 0 });

    wipe();
    let settings: unknown = null;
    const progress: number[] = [];
    const summary = await restoreLibrary(backup, {
      win,
      applySettings: async (json) => void (settings = json),
      onProgress: ({ done }) => progress.push(done),
    });
    expect(summary).toEqual({
      added: 4,
      merged: 0,
      unchanged: 0,
      skipped: 0,
      failed: [],
      annotations: 0,
      annotationsNotRestored: 0,
      settingsRestored: true,
    });
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(settings).toEqual({ readerSettings: { theme: 'dark' } });
    expect(await dumpLibrary()).toStrictEqual(before);
    expect(await found('eleves')).toEqual([before.articles.find((article) => article.title === 'Les élèves')!.id]);
  });

  it('restores into a Library that has some of the articles: merged by address, never doubled, newest body kept', async () => {
    await seedLibrary();
    const backup = await backUp();
    wipe();
    // The same pages saved again in the new profile (other ids): one after the backup, one
    // made to look older than the backup's copy.
    const newer = await saveSample('https://a.example/one', 'Les élèves, newer', 'A newer text.', 0);
    await editTags([newer.id], { add: ['new-profile'] });
    const older = await saveSample('https://b.example/two', 'Second, older', 'An older text.', 0);
    const db = await openLibrary();
    await db.put('articles', { ...(await db.get('articles', older.id))!, updatedAt: 1 });

    const summary = await restoreLibrary(backup, { win });
    expect(summary).toMatchObject({ added: 2, merged: 2, failed: [] });
    const articles = (await dumpLibrary()).articles;
    expect(articles).toHaveLength(4);

    const first = articles.find((article) => article.url === 'https://a.example/one')!;
    expect(first).toMatchObject({
      id: newer.id,
      title: 'Les élèves, newer',
      archived: true,
      favorite: true,
      progress: 0.42,
      readAt: 1_700_000_000_000,
    });
    expect(first.tags).toEqual(['new-profile', 'école', 'long read']);
    expect((await db.get('bodies', newer.id))!.text).toBe('A newer text.');

    const second = articles.find((article) => article.url === 'https://b.example/two')!;
    expect(second).toMatchObject({ id: older.id, title: 'Second', tags: ['école', 'long read'] });
    expect((await db.get('bodies', older.id))!.text).toBe('Gardening with tomatoes.');
    expect(await db.countFromIndex('images', 'by-article', older.id)).toBe(1);
    expect(await found('tomatoes')).toEqual([older.id]);
  });

  it('restoring twice changes nothing the second time', async () => {
    await seedLibrary();
    const backup = await backUp();
    const before = await dumpLibrary();
    const summary = await restoreLibrary(backup, { win });
    expect(summary).toMatchObject({ added: 0, merged: 0, skipped: 4, failed: [] });
    expect(await dumpLibrary()).toStrictEqual(before);
  });

  it('resumes after an interruption: what was restored stays whole, and the rest completes', async () => {
    await seedLibrary();
    const before = await dumpLibrary();
    const backup = await backUp();
    wipe();
    const controller = new AbortController();
    await expect(
      restoreLibrary(backup, {
        win,
        signal: controller.signal,
        onProgress: ({ done }) => done === 2 && controller.abort(),
      }),
    ).rejects.toThrow();
    const partial = await dumpLibrary();
    expect(partial.articles).toHaveLength(2);
    for (const article of partial.articles) {
      const complete = before.articles.find((one) => one.id === article.id)!;
      expect(article).toEqual(complete);
      expect(partial.images.filter((image) => image.articleId === article.id)).toEqual(
        before.images.filter((image) => image.articleId === article.id),
      );
    }
    const summary = await restoreLibrary(backup, { win });
    expect(summary).toMatchObject({ added: 2, skipped: 2, failed: [] });
    expect(await dumpLibrary()).toStrictEqual(before);
  });

  it('sanitizes bodies from a backup file, and lists articles it cannot restore', async () => {
    const sink = memorySink();
    const base = { title: 'x', savedAt: 1, updatedAt: 1, tags: [] };
    await writeBackup(
      asStream([
        {
          article: { ...base, id: 'hostile', url: 'https://e.example/h' },
          body: {
            html: '<p>Hi<img src="https://e.example/x.png" onerror="alert(1)"></p><script>alert(2)</script>',
            fields: { text: 'Hi' },
          },
          images: [],
          highlights: [],
          note: null,
        },
        {
          article: { ...base, id: 'bad', url: 'javascript:alert(1)' },
          body: null,
          images: [],
          highlights: [],
          note: null,
        },
      ]),
      sink.writable,
      { generator: 'test' },
    );
    const opened = await openBackup(sink.blob());
    if (!opened.ok) throw new Error(opened.problem.code);
    const summary = await restoreLibrary(opened.backup, { win });
    expect(summary.added).toBe(1);
    expect(summary.failed).toEqual([
      {
        folder: 'articles/bad/',
        problem: {
          code: 'damaged-entry',
          entry: 'articles/bad/meta.json',
          detail: 'not a web address: javascript:alert(1)',
        },
      },
    ]);
    const body = await (await openLibrary()).get('bodies', 'hostile');
    expect(body!.html).toBe('<p>Hi<img src="https://e.example/x.png"></p>');
  });
});
