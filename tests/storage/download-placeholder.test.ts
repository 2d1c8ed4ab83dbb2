// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../lib/shared/article';
import { writeArticle } from '../../lib/storage/articles';
import { closeDb, openLibrary } from '../../lib/storage/database';
import { mergeArticleSnapshots } from '../../lib/storage/restore';
import { createLibrarySearch } from '../../lib/library/library-search';
import { aBlob, anExtraction } from '../support/fixtures';

/** Ids of the articles the Library's search finds for `query` (titles, text, highlights and notes). */
const found = async (query: string) => (await createLibrarySearch().search(query)).map((hit) => hit.id);

function placeholder(id: string, url: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    url,
    pageUrl: url,
    title: 'Imported',
    byline: null,
    siteName: null,
    lang: null,
    dir: null,
    publishedTime: null,
    excerpt: null,
    leadImage: null,
    wordCount: 0,
    readingMinutes: 0,
    savedAt: 1_500_000_000_000,
    updatedAt: 1_500_000_000_000,
    imageCount: 0,
    missingImageCount: 0,
    archived: true,
    favorite: false,
    tags: ['pocket'],
    progress: 0.3,
    notDownloaded: true,
    ...fields,
  };
}

async function seed(article: Article) {
  const written = await mergeArticleSnapshots([{ article, body: null, images: [] }], 'keep-existing');
  if (!written.ok) throw new Error(written.reason);
}

describe('a downloaded page completes its imported placeholder', () => {
  beforeEach(() => {
    closeDb();
    globalThis.indexedDB = new IDBFactory();
  });

  it('keeps the id, the first save, the tags and the state, and gets the page and its canonical address', async () => {
    await seed(placeholder('p1', 'https://news.example/article?ref=pocket'));
    const saved = await writeArticle({
      extraction: anExtraction({ url: 'https://news.example/article' }),
      pageUrl: 'https://news.example/article?ref=pocket',
      images: [
        {
          key: 'https://news.example/a.png',
          blob: aBlob(),
          type: 'image/png',
          sourceUrl: 'https://news.example/a.png',
        },
      ],
      missingImageCount: 1,
      replaces: 'p1',
    });
    expect(saved).toMatchObject({
      ok: true,
      created: false,
      article: {
        id: 'p1',
        url: 'https://news.example/article',
        savedAt: 1_500_000_000_000,
        archived: true,
        tags: ['pocket'],
        progress: 0.3,
        title: 'A calm article',
      },
    });
    const db = await openLibrary();
    expect(await db.count('articles')).toBe(1);
    expect((await db.get('articles', 'p1'))!.notDownloaded).toBeUndefined();
    expect(await db.get('bodies', 'p1')).toMatchObject({ text: 'Calm words.' });
    expect(await found('calm')).toEqual(['p1']);
  });

  it('merges into the article already at the canonical address, leaving one', async () => {
    const there = await writeArticle({
      extraction: anExtraction(),
      pageUrl: 'https://news.example/article',
      images: [],
      missingImageCount: 0,
    });
    if (!there.ok) throw new Error(there.reason);
    await seed(placeholder('p2', 'https://news.example/article?ref=pocket', { tags: ['later'], favorite: true }));
    const saved = await writeArticle({
      extraction: anExtraction(),
      pageUrl: 'https://news.example/article?ref=pocket',
      images: [],
      missingImageCount: 0,
      replaces: 'p2',
    });
    expect(saved).toMatchObject({
      ok: true,
      article: { id: there.article.id, favorite: true, archived: true, tags: ['later'], savedAt: 1_500_000_000_000 },
    });
    const db = await openLibrary();
    expect(await db.getAllKeys('articles')).toEqual([there.article.id]);
    expect(await db.get('libraryItems', 'p2')).toBeUndefined();
  });
});
