import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { LIBRARY_PAINTED_MARK, SEARCH_READY_MARK, TEXT_INDEX_IDLE_MARK } from '../../lib/shared/marks';
import { libraryArticles, seedLibrary } from './library-seed';

// The Library while its search index is still loading: the first screen paints, a search typed
// at once answers from the list records (titles, sites, tags), and the full answer (every word
// of the text) follows once the index worker is done. "Still loading" is made certain, not
// raced: another page holds a write transaction on the pending texts until the test lets go.
describe('library page while the search index loads', () => {
  let ext: ExtensionBrowser;
  let setup: Page;

  const titles = (page: Page) => page.$$eval('.library-row-title', (links) => links.map((link) => link.textContent!.replace('★ ', '').trim()));
  const hasMark = (page: Page, name: string) => page.evaluate((mark) => performance.getEntriesByName(mark).length > 0, name);

  beforeAll(async () => {
    ext = await launchWithExtension();
    setup = await ext.context.newPage();
    await setup.goto(ext.extensionUrl('library.html'));
    await seedLibrary(setup, libraryArticles());
    // This page's own index work is over before the hold: a worker caught half-way would hold its
    // write (list records included) behind it, and every page would wait.
    await setup.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, TEXT_INDEX_IDLE_MARK);
    // Every article's text waits to be indexed again, as after an upgrade; then hold the index there.
    await setup.evaluate(async () => {
      await globalThis.liseuseLibrary!.requestTextRebuild();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('liseuse');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const hold = { released: false };
      Object.assign(globalThis, { indexHold: hold });
      const store = db.transaction('textPending', 'readwrite').objectStore('textPending');
      // Requests one after another keep the transaction open, and every reader of the store waits.
      const keepOpen = () => {
        if (!hold.released) store.count().onsuccess = keepOpen;
      };
      keepOpen();
    });
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('paints its first screen and answers from titles at once, then in full once the index is there', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('library.html'));
    await page.waitForSelector('.library-row');
    await expect.poll(() => hasMark(page, LIBRARY_PAINTED_MARK)).toBe(true);
    expect((await titles(page))[0]).toBe('Un très long essai');

    await page.fill('.library-search', 'eleve');
    await expect.poll(async () => (await titles(page)).sort(), { timeout: 10_000 })
      .toEqual(['Élever des poules en ville', 'La rentrée des élèves'].sort());
    expect(await page.$$eval('mark', (found) => found.map((mark) => mark.textContent))).toEqual(expect.arrayContaining(['élèves', 'Élever']));
    // A word only in a text: nothing is claimed while the index cannot be read yet.
    await page.fill('.library-search', 'salamandre');
    await expect.poll(() => titles(page), { timeout: 10_000 }).toEqual([]);
    expect(await hasMark(page, SEARCH_READY_MARK)).toBe(false);

    await setup.evaluate(() => {
      (globalThis as unknown as { indexHold: { released: boolean } }).indexHold.released = true;
    });
    await expect.poll(() => titles(page), { timeout: 30_000 }).toEqual(['Un très long essai']);
    await expect.poll(() => page.textContent('.library-row-excerpt mark')).toBe('salamandre');
    expect(await hasMark(page, SEARCH_READY_MARK)).toBe(true);
    expect(await setup.evaluate(() => globalThis.liseuseLibrary!.countPendingTexts())).toBe(0);
    await page.close();
  });
});
