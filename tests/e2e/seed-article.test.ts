import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS } from '../../scripts/harness/artifacts';
import type { AttachedTarget } from '../../scripts/harness/cdp-target';
import { attachToPopup } from '../../scripts/harness/popup';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { clickToolbar } from '../../scripts/harness/toolbar';
import { launchTestBrowser, type TestBrowser } from '../support/test-browser';

// One click on the seed page: the clean article in the real popup, saved with its images, then
// read again in the full-tab reader with no network at all.
const FIXTURE = 'tests/fixtures/seed-article';
const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as {
  title: string;
  byline: string;
  siteName: string;
  mustContain: string[];
  mustNotContain: string[];
};

describe('seed article: one click, clean view, offline reading', () => {
  let ext: TestBrowser;
  let site: FixtureServer;
  let page: Page;
  let popup: AttachedTarget;

  // Each test clicks the toolbar on the seed page in a fresh browser (an empty Library).
  beforeEach(async () => {
    ext = await launchTestBrowser();
    site = await serveFixture(join(FIXTURE, 'site'), { '/page.html': join(FIXTURE, 'page.html') });
    page = await ext.context.newPage();
    await page.goto(site.url('/page.html'));
    await clickToolbar(ext, page);
    popup = await attachToPopup(ext);
  });

  afterEach(async () => {
    await popup?.close();
    await site?.close();
    await ext?.close();
  });

  it('shows the clean article in the popup', async () => {
    // The first screen is painted first, the rest of the article right after: wait for all of it.
    await popup.waitFor(
      `${JSON.stringify(expected.mustContain)}.every((sentence) => document.body.innerText.includes(sentence))`,
    );
    const text = await popup.evaluate<string>('document.body.innerText');
    expect(text).toContain(expected.title);
    expect(text).toContain(expected.byline);
    expect(text).toContain(expected.siteName);
    expect(text).toMatch(/\d+ min read/);
    for (const sentence of expected.mustContain) expect(text, sentence).toContain(sentence);
    for (const clutter of expected.mustNotContain) expect(text, clutter).not.toContain(clutter);
  });

  it('saves it at once, images included, and says so with Undo', async () => {
    await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'saved'`);
    const status = await popup.evaluate<string>(`document.querySelector('.save-status').innerText`);
    expect(status).toContain('Saved for offline reading');
    expect(status).toContain('Undo');
    // Images come from the stored Blobs once saved: wait until they are decoded, then look.
    await popup.waitFor(
      `[...document.querySelectorAll('.article img')].every((img) => img.complete && img.naturalWidth > 0)`,
    );
    await popup.screenshot(join(ARTIFACTS, 'seed-popup.png'));

    const db = await ext.dumpDatabase();
    const articles = db.articles as { id: string; title: string; url: string }[];
    expect(articles).toHaveLength(1);
    expect(articles[0].title).toBe(expected.title);
    const images = db.images as { articleId: string; key: string; blob: { blob: number } }[];
    expect(images.filter((image) => image.articleId === articles[0].id).length).toBeGreaterThanOrEqual(2);
    expect(images.every((image) => image.blob.blob > 0)).toBe(true);
    // The lead image's thumbnail for the Library's row, made in the background at save time.
    const [item] = db.libraryItems as { id: string; thumbnail: string | null }[];
    expect(item).toMatchObject({ id: articles[0].id, thumbnail: articles[0].id });
    const [thumbnail] = db.thumbnails as { key: string; width: number; height: number; blob: { blob: number } }[];
    expect(thumbnail).toMatchObject({ key: articles[0].id, blob: { blob: expect.any(Number) } });
    expect(Math.max(thumbnail!.width, thumbnail!.height)).toBeLessThanOrEqual(160);
  });

  it('opens the saved article in the reader offline, every image from local storage', async () => {
    await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'saved'`);
    const db = await ext.dumpDatabase();
    const [article] = db.articles as { id: string }[];
    await popup.close();
    await site.close();
    await ext.context.setOffline(true);

    const reader = await ext.context.newPage();
    const requests: string[] = [];
    reader.on('request', (request) => requests.push(request.url()));
    await reader.goto(ext.extensionUrl(`reader.html?id=${article.id}`));
    await reader.waitForFunction(() => {
      const images = [...document.querySelectorAll<HTMLImageElement>('.article img')];
      return images.length >= 2 && images.every((img) => img.complete && img.naturalWidth > 0);
    });
    const text = await reader.locator('article').innerText();
    for (const sentence of expected.mustContain) expect(text, sentence).toContain(sentence);
    expect(await reader.title()).toBe(expected.title);
    const sources = await reader.$$eval('.article img', (images) => images.map((img) => (img as HTMLImageElement).src));
    expect(sources.every((src) => src.startsWith('blob:'))).toBe(true);
    expect(requests.filter((url) => /^https?:/.test(url))).toEqual([]);
    const original = reader.getByRole('link', { name: 'View original' });
    expect(await original.getAttribute('href')).toMatch(/^https?:\/\//);
    await reader.screenshot({ path: join(ARTIFACTS, 'seed-reader.png'), fullPage: false });
    // Keyboard: the first Tab lands on a visible, focused control.
    await reader.keyboard.press('Tab');
    const focused = await reader.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused).toEqual({ tag: 'A', outline: 'solid' });
    await reader.emulateMedia({ colorScheme: 'dark' });
    await reader.screenshot({ path: join(ARTIFACTS, 'seed-reader-dark.png'), fullPage: false });
    await reader.close();
  });
});
