import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeDb } from '../../lib/storage/database';
import { getArticle, getArticleImages } from '../../lib/storage/articles';
import { saveArticle } from '../../lib/saving/save-article';
import { MAX_IMAGES } from '../../lib/saving/image-urls';
import { storeImages, type ImageSources } from '../../lib/saving/store-images';
import { aBlob, anExtraction } from '../support/fixtures';

/** Image sources where `hosts` answer the extension, and the page reads its own origin. */
function sources(
  hosts: string[],
  granted: string[] = [],
): ImageSources & { readThroughPage: ReturnType<typeof vi.fn> } {
  return {
    fetchImage: vi.fn(async (url: string) => (hosts.includes(new URL(url).origin) ? aBlob(url) : null)),
    readThroughPage: vi.fn(async (_tabId: number, urls: string[]) => new Map(urls.map((url) => [url, aBlob(url)]))),
    hasOrigin: vi.fn(async (origin: string) => granted.includes(origin)),
  };
}

describe('storeImages', () => {
  it("keeps what the extension can fetch and reads the page's own images through the page", async () => {
    const from = sources(['https://cdn.example']);
    const urls = ['https://cdn.example/1.png', 'https://news.example/2.png', 'https://other.example/3.png'];

    const found = await storeImages(urls, { tabId: 7, url: 'https://news.example/article' }, from);

    expect(found.images.map((image) => image.key)).toEqual(['https://cdn.example/1.png', 'https://news.example/2.png']);
    expect(from.readThroughPage).toHaveBeenCalledWith(7, ['https://news.example/2.png']);
    expect(found.missing).toEqual(['https://other.example/3.png']);
    expect(found.missingOrigins).toEqual(['https://other.example']);
  });

  it('does not suggest a permission the user already granted', async () => {
    const found = await storeImages(['https://cdn.example/broken.png'], {}, sources([], ['https://cdn.example']));

    expect(found.missing).toEqual(['https://cdn.example/broken.png']);
    expect(found.missingOrigins).toEqual([]);
  });

  it("tells an image missing on the page's own server from one the browser blocked, and offers no permission for it", async () => {
    const from = sources([]);
    from.readThroughPage.mockResolvedValue(new Map([['https://news.example/gone.png', 'unavailable']]));
    const urls = ['https://news.example/gone.png', 'https://cdn.example/1.png'];

    const found = await storeImages(urls, { tabId: 7, url: 'https://news.example/article' }, from);

    expect(found.missing).toEqual(urls);
    expect(found.unavailable).toEqual(['https://news.example/gone.png']);
    expect(found.missingOrigins).toEqual(['https://cdn.example']);
  });

  it('offers no permission for an image another site answered without (an HTTP error)', async () => {
    const from: ImageSources = {
      fetchImage: async () => 'unavailable',
      readThroughPage: async () => new Map(),
      hasOrigin: async () => false,
    };

    const found = await storeImages(['https://cdn.example/404.png'], {}, from);

    expect(found.unavailable).toEqual(['https://cdn.example/404.png']);
    expect(found.missingOrigins).toEqual([]);
  });

  it('keeps at most MAX_IMAGES images and reports the rest as missing', async () => {
    const urls = Array.from({ length: MAX_IMAGES + 2 }, (_, i) => `https://cdn.example/${i}.png`);

    const found = await storeImages(urls, {}, sources(['https://cdn.example']));

    expect(found.images).toHaveLength(MAX_IMAGES);
    expect(found.missing).toHaveLength(2);
  });
});

describe('saveArticle (background orchestration)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    closeDb();
    globalThis.indexedDB = new IDBFactory();
  });

  it('stores the article with the images it could get and reports the others', async () => {
    const result = await saveArticle(
      anExtraction(),
      { pageUrl: 'https://news.example/article', tabId: 3 },
      sources([]),
    );

    if (!result.ok) throw new Error(result.reason);
    expect(result.images).toEqual({ stored: 1, missing: 2, unavailable: 0, missingOrigins: ['https://cdn.example'] });
    expect([...(await getArticleImages(result.articleId)).keys()]).toEqual(['https://news.example/a.png']);
    expect(await getArticle(result.articleId)).toMatchObject({ imageCount: 1, missingImageCount: 2 });
  });

  it('never fails a save because images failed', async () => {
    const failing: ImageSources = {
      fetchImage: async () => null,
      readThroughPage: async () => new Map(),
      hasOrigin: async () => false,
    };
    const result = await saveArticle(anExtraction(), { pageUrl: 'https://news.example/article' }, failing);

    expect(result).toMatchObject({ ok: true, images: { stored: 0, missing: 3 } });
  });
});
