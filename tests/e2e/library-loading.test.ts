import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIBRARY_PAINTED_MARK, SEARCH_READY_MARK } from '../../lib/shared/marks';
import { libraryArticles, seedLibrary } from '../support/library-seed';
import { launchTestBrowser, type TestBrowser } from '../support/test-browser';

// The Library while its search index is still loading: the first screen paints, a search typed
// at once answers from the list records (titles, sites, tags), and the full answer (every word
// of the text) follows once the index worker is done. "Still loading" is made certain, not
// raced: the test page holds a write transaction on the pending texts until the test lets go.
describe('library page while the search index loads', () => {
  let ext: TestBrowser;

  const titles = (page: Page) =>
    page.$$eval('.library-row-title', (links) => links.map((link) => link.textContent!.replace('★ ', '').trim()));
  const hasMark = (page: Page, name: string) =>
    page.evaluate((mark) => performance.getEntriesByName(mark).length > 0, name);

  beforeEach(async () => {
    ext = await launchTestBrowser();
    await seedLibrary(ext, libraryArticles());
    // Every article's text waits to be indexed again, as after an upgrade; then hold the index there.
    await ext.testPage.evaluate(() => globalThis.liseuseTest!.requestTextRebuild());
    await ext.testPage.evaluate(() => globalThis.liseuseTest!.holdPendingTexts());
  });

  afterEach(async () => {
    await ext?.close();
  });

  it('paints its first screen and answers from titles at once, then in full once the index is there', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('library.html'));
    await page.waitForSelector('.library-row');
    await expect.poll(() => hasMark(page, LIBRARY_PAINTED_MARK)).toBe(true);
    expect((await titles(page))[0]).toBe('Un très long essai');

    await page.fill('.library-search', 'eleve');
    await expect
      .poll(async () => (await titles(page)).sort(), { timeout: 10_000 })
      .toEqual(['Élever des poules en ville', 'La rentrée des élèves'].sort());
    expect(await page.$$eval('mark', (found) => found.map((mark) => mark.textContent))).toEqual(
      expect.arrayContaining(['élèves', 'Élever']),
    );
    // A word only in a text: nothing is claimed while the index cannot be read yet.
    await page.fill('.library-search', 'salamandre');
    await expect.poll(() => titles(page), { timeout: 10_000 }).toEqual([]);
    expect(await hasMark(page, SEARCH_READY_MARK)).toBe(false);

    await ext.testPage.evaluate(() => globalThis.liseuseTest!.releasePendingTexts());
    await expect.poll(() => titles(page), { timeout: 30_000 }).toEqual(['Un très long essai']);
    await expect.poll(() => page.textContent('.library-row-excerpt mark')).toBe('salamandre');
    expect(await hasMark(page, SEARCH_READY_MARK)).toBe(true);
    expect(await ext.testPage.evaluate(() => globalThis.liseuseTest!.countPendingTexts())).toBe(0);
    await page.close();
  });
});
