// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { isQuoteOnly } from '../../lib/highlights/place-quotes';
import { importIntoLibrary } from '../../lib/import/import-into-library';
import { planImport } from '../../lib/import/plan-import';
import { writeArticle } from '../../lib/storage/articles';
import { closeDb, openLibrary } from '../../lib/storage/database';
import { listLibraryItems } from '../../lib/storage/library-items';
import { editTags } from '../../lib/storage/library';
import { createLibrarySearch } from '../../lib/library/library-search';
import { anExtraction } from '../support/fixtures';
import { fixtureFile, zippedFixture } from './import-fixtures';

/** Ids of the articles the Library's search finds for `query` (titles, text, highlights and notes). */
const found = async (query: string) => (await createLibrarySearch().search(query)).map((hit) => hit.id);

const win = new JSDOM('').window as unknown as Window;

describe('importing into the Library', () => {
  beforeEach(() => {
    closeDb();
    globalThis.indexedDB = new IDBFactory();
  });

  it('adds what it found, keeps dates, tags and states, and marks pages to download', async () => {
    const existing = await writeArticle({
      extraction: anExtraction({ url: 'https://example.org/two-lines', title: 'Saved by Liseuse', text: 'Own text.' }),
      pageUrl: 'https://example.org/two-lines',
      images: [],
      missingImageCount: 0,
    });
    if (!existing.ok) throw new Error(existing.reason);
    await editTags([existing.article.id], { add: ['mine'] });

    const plan = await planImport([await zippedFixture('pocket-2025'), fixtureFile('wallabag.json')], async (urls) =>
      urls.includes('https://example.org/two-lines'),
    );
    expect(plan.summary).toMatchObject({ articles: 7, inLibrary: 1, highlights: 4 });
    const progress: number[] = [];
    const outcome = await importIntoLibrary(plan, { win, onProgress: ({ done }) => progress.push(done) });
    expect(outcome).toEqual({ added: 6, merged: 1, notDownloaded: 5, failed: [], highlights: 4, notes: 0 });
    expect(progress).toEqual([7]);

    const db = await openLibrary();
    const articles = await db.getAll('articles');
    expect(articles).toHaveLength(7);
    // The Library's list records say which are not downloaded yet.
    expect((await listLibraryItems()).filter((item) => item.notDownloaded).length).toBe(5);
    const byUrl = new Map(articles.map((article) => [article.url, article]));
    expect(byUrl.get('https://example.org/quoted')).toMatchObject({
      title: 'Quotes, commas and "a quote"',
      tags: ['reading', 'long read'],
      archived: true,
      favorite: false,
      savedAt: Date.UTC(2023, 6, 22, 4, 26, 40),
      notDownloaded: true,
    });
    // Already in the Library: its own content and id stay, the export's state and tags join.
    const merged = byUrl.get('https://example.org/two-lines')!;
    expect(merged).toMatchObject({
      id: existing.article.id,
      title: 'Saved by Liseuse',
      tags: ['mine'],
      archived: true,
      savedAt: Date.UTC(2023, 10, 14, 22, 15),
    });
    expect(merged.notDownloaded).toBeUndefined();
    // wallabag gave the page: stored sanitized, searchable, not "to download".
    const wallabag = byUrl.get('https://example.org/wallabag-1')!;
    expect(wallabag).toMatchObject({
      favorite: false,
      archived: true,
      byline: 'Jane Doe, John Roe',
      publishedTime: '2023-05-30T08:00:00.000Z',
    });
    expect(wallabag.notDownloaded).toBeUndefined();
    expect(await db.get('bodies', wallabag.id)).toMatchObject({
      html: '<p>The <em>whole</em> article, stored by wallabag.</p>',
      text: 'The whole article, stored by wallabag.',
    });
    expect(await found('wallabag')).toEqual([wallabag.id]);

    // Highlights are real records of their article: placed in the page when the export carried
    // it, kept as a quote to place once downloaded otherwise (never dropped).
    const highlights = await db.getAll('highlights');
    expect(highlights).toHaveLength(4);
    const [placed] = await db.getAllFromIndex('highlights', 'by-article', wallabag.id);
    expect(placed).toMatchObject({ note: 'A note', createdAt: Date.parse('2023-06-01T11:00:00+0200') });
    expect(placed!.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'The whole article', prefix: '', suffix: ', stored by wallabag.' },
      { type: 'TextPositionSelector', start: 0, end: 17 },
    ]);
    const waiting = highlights.filter((highlight) => highlight.articleId !== wallabag.id);
    expect(
      waiting.every(
        (highlight) =>
          isQuoteOnly(highlight) && byUrl.has(articles.find((article) => article.id === highlight.articleId)!.url),
      ),
    ).toBe(true);
    expect(await found('note')).toEqual([wallabag.id]);
  });

  it('turns the highlights of every export that has them into highlight records, placed where the page came with it', async () => {
    const files = [
      await zippedFixture('omnivore'),
      fixtureFile('instapaper.csv'),
      fixtureFile('readwise-reader.csv'),
      fixtureFile('readwise-highlights.csv'),
    ];
    const plan = await planImport(files);
    expect(plan.summary.highlights).toBeGreaterThan(0);
    const outcome = await importIntoLibrary(plan, { win });
    expect(outcome.highlights).toBe(plan.summary.highlights);
    const db = await openLibrary();
    const highlights = await db.getAll('highlights');
    // None dropped: as many records as the dry run counted, each on an article of the Library.
    expect(highlights).toHaveLength(plan.summary.highlights);
    const articles = new Map((await db.getAll('articles')).map((article) => [article.id, article]));
    expect(highlights.every((highlight) => articles.has(highlight.articleId))).toBe(true);
    const quotes = highlights.map((highlight) => highlight.target.selector[0].exact);
    expect(quotes).toEqual(
      expect.arrayContaining(['The selected text', 'A passage from "How to read"', 'A highlighted sentence.']),
    );
    // Omnivore gave the page: its highlight is placed in it (context and position stored).
    const omnivore = highlights.find((highlight) => highlight.target.selector[0].exact === 'A highlighted sentence.')!;
    expect(articles.get(omnivore.articleId)!.notDownloaded).toBeUndefined();
    expect(isQuoteOnly(omnivore)).toBe(false);
    expect(omnivore.note).toBe('My note about it.');
  });

  it('importing the same export twice doubles nothing, highlights included', async () => {
    const files = [await zippedFixture('pocket-2025')];
    await importIntoLibrary(await planImport(files), { win });
    const highlights = await (await openLibrary()).count('highlights');
    expect(highlights).toBe(3);
    const again = await importIntoLibrary(await planImport(files), { win });
    expect(again).toMatchObject({ added: 0, merged: 5 });
    expect(await (await openLibrary()).count('articles')).toBe(5);
    expect(await (await openLibrary()).count('highlights')).toBe(highlights);
  });
});
