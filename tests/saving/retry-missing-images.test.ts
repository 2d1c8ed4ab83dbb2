import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeDb } from '../../lib/storage/database';
import { getArticle, getArticleImages, writeArticle } from '../../lib/storage/articles';
import { retryMissingImages } from '../../lib/saving/retry-missing-images';
import type { ImageSources } from '../../lib/saving/store-images';
import { aBlob, anExtraction } from '../support/fixtures';

const answering = (origins: string[]): ImageSources => ({
  fetchImage: vi.fn(async (url: string) => (origins.includes(new URL(url).origin) ? aBlob(url) : null)),
  readThroughPage: async () => new Map(),
  hasOrigin: async (origin) => origins.includes(origin),
});

describe('retryMissingImages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    closeDb();
    globalThis.indexedDB = new IDBFactory();
  });

  it('adds the images of a newly allowed site to the articles missing them', async () => {
    // Saved with only its own site's image: b.png and the lead image live on cdn.example.
    const saved = await writeArticle({
      extraction: anExtraction(),
      pageUrl: 'https://news.example/article',
      missingImageCount: 2,
      images: [
        {
          key: 'https://news.example/a.png',
          blob: aBlob(),
          type: 'image/png',
          sourceUrl: 'https://news.example/a.png',
        },
      ],
    });
    if (!saved.ok) throw new Error(saved.reason);

    const added = await retryMissingImages(['https://cdn.example/*'], answering(['https://cdn.example']));

    expect(added).toBe(2);
    expect([...(await getArticleImages(saved.article.id)).keys()].sort()).toEqual([
      'https://cdn.example/b.png',
      'https://cdn.example/lead.jpg',
      'https://news.example/a.png',
    ]);
    expect(await getArticle(saved.article.id)).toMatchObject({ imageCount: 3, missingImageCount: 0 });
    expect(await retryMissingImages(['https://cdn.example/*'], answering(['https://cdn.example']))).toBe(0);
  });

  it('leaves articles alone when the allowed site is not theirs', async () => {
    const saved = await writeArticle({
      extraction: anExtraction(),
      pageUrl: 'https://news.example/article',
      missingImageCount: 3,
      images: [],
    });
    const sources = answering(['https://else.example']);

    expect(await retryMissingImages(['https://else.example/*'], sources)).toBe(0);
    expect(sources.fetchImage).not.toHaveBeenCalled();
    expect(saved.ok && (await getArticle(saved.article.id))?.missingImageCount).toBe(3);
  });
});
