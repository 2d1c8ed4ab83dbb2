// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeTarget, type Highlight } from '../../lib/highlights/highlight';
import { isQuoteOnly, placeQuotes } from '../../lib/highlights/place-quotes';
import { placeImportedHighlights } from '../../lib/saving/place-imported-highlights';
import type { Article } from '../../lib/shared/article';
import type { SafeHtml } from '../../lib/shared/sanitize';
import { writeArticle } from '../../lib/storage/articles';
import { closeDb, openLibrary } from '../../lib/storage/database';
import { mergeArticleSnapshots } from '../../lib/storage/restore';
import { anExtraction } from '../support/fixtures';

const win = new JSDOM('').window as unknown as Window;

function quoteOnly(articleId: string, exact: string): Highlight {
  return {
    id: crypto.randomUUID(),
    articleId,
    colour: 'yellow',
    note: `note on ${exact}`,
    target: makeTarget({ exact, prefix: '', suffix: '' }, { start: 0, end: 0 }),
    createdAt: 1_600_000_000_000,
    updatedAt: 1_600_000_000_000,
  };
}

describe('placing imported quotes', () => {
  it('places a quote found in the text with its position and context; leaves the others as they are', () => {
    const text = 'Au bord du lac.\nLa brume se levait doucement.\n';
    const found = quoteOnly('a', 'La brume se levait');
    const missing = quoteOnly('a', 'words that are not there');
    const placed = placeQuotes(text, [found, missing], 42);
    expect(placed).toEqual([
      {
        ...found,
        updatedAt: 42,
        target: makeTarget(
          { exact: 'La brume se levait', prefix: 'Au bord du lac.\n', suffix: ' doucement.\n' },
          { start: 16, end: 34 },
        ),
      },
    ]);
    expect(isQuoteOnly(placed[0]!)).toBe(false);
    // A highlight the reader made (with context) is never touched.
    expect(placeQuotes(text, placed, 43)).toEqual([]);
  });
});

describe('an imported article downloaded', () => {
  beforeEach(() => {
    closeDb();
    globalThis.indexedDB = new IDBFactory();
  });

  it('gets its highlights placed in the downloaded text; an orphan is kept, not dropped', async () => {
    const placeholder: Article = {
      id: 'imported',
      url: 'https://lac.example/matin',
      pageUrl: 'https://lac.example/matin',
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
      savedAt: 1,
      updatedAt: 1,
      imageCount: 0,
      missingImageCount: 0,
      archived: false,
      favorite: true,
      tags: ['pocket'],
      progress: 0,
      notDownloaded: true,
    };
    const found = quoteOnly('imported', 'la brume se levait');
    const orphan = quoteOnly('imported', 'a sentence the page lost');
    const written = await mergeArticleSnapshots(
      [{ article: placeholder, body: null, images: [], notes: { highlights: [found, orphan], note: null } }],
      'keep-existing',
    );
    expect(written.ok).toBe(true);

    // What downloadArticle does once the page is fetched and cleaned.
    const html = '<h2>Un matin</h2><p>Au bord du lac, la brume se levait.</p>' as SafeHtml;
    const saved = await writeArticle({
      extraction: anExtraction({ url: placeholder.url, html, text: 'Un matin\nAu bord du lac, la brume se levait.' }),
      pageUrl: placeholder.url,
      replaces: 'imported',
      images: [],
      missingImageCount: 0,
    });
    if (!saved.ok) throw new Error(saved.reason);
    expect(saved.article.id).toBe('imported');
    expect(await placeImportedHighlights('imported', html, win)).toEqual({ placed: 1, orphans: 1 });

    const stored = new Map(
      (await (await openLibrary()).getAllFromIndex('highlights', 'by-article', 'imported')).map((one) => [one.id, one]),
    );
    expect(stored.get(found.id)!.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'la brume se levait', prefix: 'Un matin\nAu bord du lac, ', suffix: '.' },
      { type: 'TextPositionSelector', start: 25, end: 43 },
    ]);
    expect(stored.get(found.id)!.note).toBe('note on la brume se levait');
    expect(stored.get(orphan.id)).toEqual(orphan);
  });
});
