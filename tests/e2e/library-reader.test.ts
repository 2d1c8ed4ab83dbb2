import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { libraryArticles, seedLibrary } from '../support/library-seed';
import { launchTestBrowser, type TestBrowser } from '../support/test-browser';

// The reader in real Chromium: progress kept across openings, settings kept across reloads,
// right-to-left layout, and the outline of a long piece.
describe('reader: progress, settings, outline, right-to-left', () => {
  let ext: TestBrowser;
  let ids: Record<string, string>;

  const openReader = async (url: string): Promise<Page> => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(ext.extensionUrl(`reader.html?id=${ids[url]}`));
    await page.waitForSelector('.article-body');
    return page;
  };
  const scrollRatio = (page: Page) =>
    page.evaluate(() => {
      const root = document.scrollingElement!;
      return root.scrollTop / (root.scrollHeight - innerHeight);
    });

  // A fresh browser per test (default reader settings, no progress) with the same six articles.
  beforeEach(async () => {
    ext = await launchTestBrowser();
    ids = await seedLibrary(ext, libraryArticles());
  });

  afterEach(async () => {
    await ext?.close();
  });

  it('restores reading progress after reopening, and shows it in the Library', async () => {
    const first = await openReader('https://journal.example/long');
    // The outline shows once the article is laid out: a sign the page reached its full height.
    await first.waitForSelector('button[aria-controls="reader-outline-menu"]');
    await first.mouse.wheel(0, 200);
    await first.evaluate(() => window.scrollTo(0, (document.scrollingElement!.scrollHeight - innerHeight) / 2));
    // Saved while scrolling (throttled to once a second), without waiting for the tab to close.
    const id = ids['https://journal.example/long']!;
    await expect
      .poll(() => ext.testPage.evaluate(async (key) => (await globalThis.liseuseTest!.getArticle(key))?.progress, id), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0.45);
    await first.close();

    const again = await openReader('https://journal.example/long');
    await expect.poll(() => scrollRatio(again), { timeout: 5_000 }).toBeGreaterThan(0.45);
    expect(await scrollRatio(again)).toBeLessThan(0.55);
    await again.goto(ext.extensionUrl('library.html'));
    await again.waitForSelector('.library-row progress');
    const value = await again.$eval('.library-row progress', (bar) => (bar as HTMLProgressElement).value);
    expect(value).toBeGreaterThanOrEqual(45);
    await again.close();
  });

  it('shows an outline of a long piece whose links scroll to the headings', async () => {
    const page = await openReader('https://journal.example/long');
    // 1000 pixels leave no room beside the text: the outline waits behind its button.
    expect(await page.locator('.reader-outline-side').count()).toBe(0);
    await page.getByRole('button', { name: 'Contents' }).click();
    const links = page.locator('.reader-outline a');
    await expect.poll(() => links.count()).toBe(5);
    await page.evaluate(() => window.scrollTo(0, 0));
    await links.nth(3).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const heading = [...document.querySelectorAll('.article-body h2')][3]!;
          return Math.round(heading.getBoundingClientRect().top);
        }),
      )
      .toBeLessThan(120);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Chapitre 4');
    const short = await openReader('https://journal.example/rentree');
    expect(await short.getByRole('button', { name: 'Contents' }).count()).toBe(0);
    await short.close();
    await page.close();
  });

  it('applies reader settings from the keyboard and keeps them after a reload', async () => {
    const page = await openReader('https://journal.example/rentree');
    await page.getByRole('button', { name: 'Reading settings' }).click();
    // The panel takes the focus on the current theme; arrows move between themes like any radio group.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('system');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByText('OpenDyslexic (easier with dyslexia)').click();
    for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: 'Larger text' }).click();
    await expect.poll(() => page.locator('#reader-fontSize-value').textContent()).toBe('22 px');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#reader-settings-panel').count()).toBe(0);
    await expect.poll(() => page.getAttribute('html', 'data-reader-theme')).toBe('dark');

    const look = () =>
      page.evaluate(async () => {
        await document.fonts.ready;
        const article = getComputedStyle(document.querySelector('.article')!);
        return {
          theme: document.documentElement.getAttribute('data-reader-theme'),
          size: article.fontSize,
          family: article.fontFamily,
          background: getComputedStyle(document.body).backgroundColor,
          dyslexicLoaded: document.fonts.check('16px OpenDyslexic'),
        };
      });
    const expected = { theme: 'dark', size: '22px', background: 'rgb(26, 26, 28)', dyslexicLoaded: true };
    await expect.poll(look).toMatchObject(expected);
    expect((await look()).family).toContain('OpenDyslexic');
    await page.reload();
    await page.waitForSelector('.article-body');
    await expect.poll(look).toMatchObject(expected);
    await page.close();
  });

  it("archives, favourites, tags and deletes from the reader with the Library's keys, with Undo", async () => {
    const page = await openReader('https://journal.example/hiver');
    const id = ids['https://journal.example/hiver']!;
    const stored = () =>
      ext.testPage.evaluate(async (key) => {
        const article = await globalThis.liseuseTest!.getArticle(key);
        return article ? { archived: article.archived, favorite: article.favorite, tags: article.tags } : null;
      }, id);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('s');
    await expect.poll(stored).toMatchObject({ favorite: true });
    // The reader takes one action at a time: the next key counts once the first is shown as done.
    await page.waitForSelector('button[aria-keyshortcuts="s"][aria-pressed="true"]');
    await page.keyboard.press('e');
    await expect.poll(stored).toMatchObject({ archived: true });
    await page.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(stored).toMatchObject({ archived: false, favorite: true });
    await page.getByRole('button', { name: 'Tags' }).click();
    await page.getByLabel('Tag name').fill('Cuisine');
    await page.keyboard.press('Enter');
    await expect.poll(stored).toMatchObject({ tags: ['Cuisine'] });
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('#');
    await expect.poll(stored).toBeNull();
    await page.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(stored).toMatchObject({ tags: ['Cuisine'], favorite: true });
    await page.waitForSelector('.article-body');
    await page.close();
  });

  it('lays out a right-to-left article from right to left', async () => {
    const page = await openReader('https://akhbar.example/qiraa');
    const layout = await page.$eval('article.article', (article) => ({
      dir: article.getAttribute('dir'),
      lang: article.getAttribute('lang'),
      direction: getComputedStyle(article.querySelector('.article-body p')!).direction,
      textAlign: getComputedStyle(article.querySelector('.article-body p')!).textAlign,
    }));
    expect(layout).toMatchObject({ dir: 'rtl', lang: 'ar', direction: 'rtl' });
    await page.close();
  });
});
