// @vitest-environment node
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backUpLibrary } from '../../lib/backup/back-up-library';
import { openBackup } from '../../lib/backup/read-backup';
import { restoreLibrary } from '../../lib/backup/restore-library';
import { verifyBackup } from '../../lib/backup/verify-backup';
import { makeTarget, type Highlight } from '../../lib/highlights/highlight';
import { applyBackupSettings, readBackupSettings } from '../../lib/options/backup-settings';
import type { Article } from '../../lib/shared/article';
import type { SafeHtml } from '../../lib/shared/sanitize';
import { deleteArticle, writeArticle } from '../../lib/storage/articles';
import { closeDb, openLibrary } from '../../lib/storage/database';
import { putArticleNote, putHighlights } from '../../lib/storage/highlights';
import { editTags, updateArticles } from '../../lib/storage/library';
import { mergeArticleSnapshots } from '../../lib/storage/restore';
import { createLibrarySearch } from '../../lib/library/library-search';
import { autoSave, markdownTemplate, readerSettings } from '../../lib/storage/settings';
import { aBlob, anExtraction } from '../support/fixtures';
import { memorySink } from './backup-library';

/** Ids of the articles the Library's search finds for `query` (titles, text, highlights and notes). */
const found = async (query: string) => (await createLibrarySearch().search(query)).map((hit) => hit.id);

// Export → wipe → restore must give exactly the same Library. Every store that holds the
// reader's data is compared as one SHA-256 over its records (ids, dates, bodies, image bytes,
// thumbnails, highlights, notes, notes kept from deleted articles), and the settings too. The
// stores derived from those are rebuilt by the restore through the same functions as a save:
// the list records must be the same but for their full-text numbers (new numbers, new
// segments), and the full-text index is checked by searching.

const DATA_STORES = ['articles', 'bodies', 'images', 'thumbnails', 'highlights', 'notes', 'detachedNotes'];
const DERIVED_STORES = ['libraryItems', 'textPostings', 'textSegments', 'textPending', 'textIndexState'];

const win = new JSDOM('').window as unknown as Window;

function wipe() {
  closeDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
}

/** JSON with sorted keys and each Blob as its type, size and SHA-256: the same records give the same text. */
async function canonical(value: unknown): Promise<unknown> {
  if (value instanceof Blob) {
    const bytes = new Uint8Array(await value.arrayBuffer());
    return { blob: value.type, size: value.size, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
  if (Array.isArray(value)) return Promise.all(value.map(canonical));
  if (value && typeof value === 'object') {
    const entries = await Promise.all(
      Object.keys(value)
        .sort()
        .map(async (key) => [key, await canonical((value as Record<string, unknown>)[key])] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

/** One SHA-256 per data store (records in key order), one for the settings, and the record counts. */
async function digestLibrary() {
  const db = await openLibrary();
  const stores = Array.from(db.objectStoreNames);
  // A store added later must be sorted into one list or the other, or this test fails.
  expect([...stores].sort()).toEqual([...DATA_STORES, ...DERIVED_STORES].sort());
  const digests: Record<string, { records: number; sha256: string }> = {};
  for (const store of DATA_STORES) {
    const records = await db.getAll(store as 'articles');
    const text = JSON.stringify(await canonical(records));
    digests[store] = { records: records.length, sha256: createHash('sha256').update(text).digest('hex') };
  }
  // List records: the same, and full-text numbers where there were (not the same numbers).
  const items = (await db.getAll('libraryItems')).map(({ textDoc, noteDoc, ...item }) => ({
    ...item,
    textDoc: textDoc !== null,
    noteDoc: noteDoc !== null,
  }));
  const listed = JSON.stringify(await canonical(items));
  digests.libraryItems = { records: items.length, sha256: createHash('sha256').update(listed).digest('hex') };
  expect(await db.count('textPending')).toBe(0);
  const settings = JSON.stringify(await canonical(await readBackupSettings()));
  digests.settings = { records: 1, sha256: createHash('sha256').update(settings).digest('hex') };
  return digests;
}

async function save(url: string, title: string, text: string, images: number, thumbnail = false) {
  const result = await writeArticle({
    extraction: anExtraction({ url, title, text, html: `<p>${text}</p><img src="${url}/1.png" alt="">` as SafeHtml }),
    pageUrl: url,
    images: Array.from({ length: images }, (_, index) => ({
      key: `${url}/${index + 1}.png`,
      blob: aBlob(`${title} image ${index} ${'x'.repeat(index * 5000)}`),
      type: 'image/png',
      sourceUrl: `${url}/${index + 1}.png`,
    })),
    missingImageCount: 0,
    thumbnail: thumbnail
      ? { blob: aBlob(`${title} thumbnail`, 'image/webp'), type: 'image/webp', width: 160, height: 90 }
      : null,
  });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

function highlight(articleId: string, exact: string, extra: Partial<Highlight> = {}): Highlight {
  return {
    id: crypto.randomUUID(),
    articleId,
    colour: 'yellow',
    note: '',
    target: makeTarget({ exact, prefix: '', suffix: '' }, { start: 0, end: exact.length }),
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_100_000,
    ...extra,
  };
}

/** A Library with everything a backup must carry. */
async function seed() {
  const first = await save(
    'https://a.example/one',
    'Les élèves',
    'Un texte sur les élèves et la lecture calme.',
    2,
    true,
  );
  const second = await save('https://b.example/two', 'Second', 'Gardening with tomatoes on a balcony.', 1);
  await save('https://c.example/three', 'Third', 'No images here at all.', 0);
  await editTags([first.id, second.id], { add: ['école', 'long read'] });
  await updateArticles([first.id], { archived: true, favorite: true, progress: 0.42, readAt: 1_700_000_000_000 });
  await updateArticles([second.id], { progress: 0.1 });
  await putHighlights(first.id, [
    highlight(first.id, 'les élèves', { note: 'A **note** on\ntwo lines', colour: 'blue' }),
    highlight(first.id, 'lecture calme', { colour: 'green' }),
  ]);
  await putArticleNote(first.id, 'What I think of the whole article.', { now: 1_700_000_200_000 });
  await putHighlights(second.id, [highlight(second.id, 'tomatoes')]);
  // An imported page not downloaded yet, with a highlight that only has its quote.
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
  const quoteOnly = highlight('imported-1', 'a quote from Pocket', {
    target: makeTarget({ exact: 'a quote from Pocket', prefix: '', suffix: '' }, { start: 0, end: 0 }),
  });
  const written = await mergeArticleSnapshots(
    [{ article: placeholder, body: null, images: [], notes: { highlights: [quoteOnly], note: null } }],
    'keep-existing',
  );
  if (!written.ok) throw new Error(written.reason);
  // An article deleted with "keep my notes": its highlights and note stay, detached.
  const gone = await save(
    'https://e.example/gone',
    'Deleted',
    'A page the reader deleted but whose notes were kept.',
    0,
  );
  await putHighlights(gone.id, [highlight(gone.id, 'notes were kept', { note: 'kept' })]);
  await putArticleNote(gone.id, 'Kept after deleting.');
  const deleted = await deleteArticle(gone.id, 'keep');
  if (!deleted.ok) throw new Error(deleted.reason);
  await readerSettings.setValue({ ...(await readerSettings.getValue()), theme: 'sepia' });
  await autoSave.setValue(false);
  await markdownTemplate.setValue('# {{title}}\n');
  return { first, second };
}

async function backUp() {
  const sink = memorySink();
  await backUpLibrary(sink.writable, { generator: 'Liseuse test', settings: await readBackupSettings() });
  const opened = await openBackup(sink.blob());
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  return opened.backup;
}

describe('export, wipe, restore: the same Library', () => {
  beforeEach(wipe);

  it('gives the same SHA-256 for every data store and the settings, and search finds the same', async () => {
    const { first, second } = await seed();
    const before = await digestLibrary();
    expect(before.highlights!.records).toBe(5);
    expect(before.notes!.records).toBe(2);
    expect(before.detachedNotes!.records).toBe(1);
    expect(before.thumbnails!.records).toBe(1);
    const backup = await backUp();
    expect(backup.manifest.counts).toEqual({ articles: 4, images: 3, highlights: 5, notes: 2 });
    // Every entry checks out, the highlights and note kept from the deleted article included.
    expect(await verifyBackup(backup)).toMatchObject({ ok: true, problems: [] });

    wipe();
    expect((await digestLibrary()).articles!.records).toBe(0);
    const summary = await restoreLibrary(backup, { win, applySettings: applyBackupSettings });
    expect(summary).toEqual({
      added: 4,
      merged: 0,
      unchanged: 0,
      skipped: 0,
      failed: [],
      annotations: 7,
      annotationsNotRestored: 0,
      settingsRestored: true,
    });
    expect(await digestLibrary()).toEqual(before);

    // The derived stores are rebuilt: article text, highlight quotes and notes are found.
    expect(await found('eleves')).toEqual([first.id]);
    expect(await found('tomatoes')).toEqual([second.id]);
    expect(await found('think')).toEqual([first.id]);
  });

  it('restoring the same backup again doubles nothing: highlights and notes included', async () => {
    await seed();
    const backup = await backUp();
    const before = await digestLibrary();
    const summary = await restoreLibrary(backup, { win, applySettings: applyBackupSettings });
    expect(summary).toMatchObject({ added: 0, skipped: 4, failed: [], annotationsNotRestored: 0 });
    expect(await digestLibrary()).toEqual(before);
  });

  it('merges by address into a Library that has the page: union of highlights, newest note, never doubled', async () => {
    const { first } = await seed();
    const backup = await backUp();
    wipe();
    const again = await save(
      'https://a.example/one',
      'Les élèves, saved again',
      'Un texte sur les élèves et la lecture calme.',
      0,
    );
    await putHighlights(again.id, [
      highlight(again.id, 'les élèves', { note: 'A **note** on\ntwo lines' }),
      highlight(again.id, 'Un texte'),
    ]);
    await putArticleNote(again.id, 'An older note.', { now: 1_600_000_000_000 });
    await restoreLibrary(backup, { win });
    const db = await openLibrary();
    expect(await db.countFromIndex('articles', 'by-url', 'https://a.example/one')).toBe(1);
    const quotes = (await db.getAllFromIndex('highlights', 'by-article', again.id))
      .map((one) => one.target.selector[0].exact)
      .sort();
    // The same passage with the same note is there once; the others join.
    expect(quotes).toEqual(['Un texte', 'lecture calme', 'les élèves']);
    expect((await db.get('notes', again.id))!.text).toBe('What I think of the whole article.');
    expect(await db.get('articles', first.id)).toBeUndefined();
  });
});
