import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MENU_SAVE_LINK } from '../../lib/saving/context-menus';
import { FIRST_PAINT_MARK, READING_FROM_CLICK_MARK } from '../../lib/shared/marks';
import type { AttachedTarget } from '../../scripts/harness/cdp-target';
import { attachToPopup } from '../../scripts/harness/popup';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { clickToolbar } from '../../scripts/harness/toolbar';
import { launchTestBrowser, type TestBrowser } from '../support/test-browser';

// What the popup says on pages it cannot read, that saving twice keeps one article, Save link,
// and that without a click the extension cannot read a page at all (the activeTab model).
type Stored = { id: string; url: string; title: string };

describe('popup states, duplicates, Save link, activeTab', () => {
  let ext: TestBrowser;
  let site: FixtureServer;

  beforeAll(async () => {
    site = await serveFixture('tests/fixtures/browser-pages');
  });
  afterAll(async () => {
    await site?.close();
  });
  // A fresh browser per test (closing it closes every tab and popup the test opened).
  beforeEach(async () => {
    ext = await launchTestBrowser();
  });
  afterEach(async () => {
    await ext?.close();
  });

  async function openPopupOn(url: string): Promise<AttachedTarget> {
    const page = await ext.context.newPage();
    await page.goto(url);
    await page.bringToFront();
    // The page's load event can come before the browser marks its tab complete, and a page
    // without an article in a tab still loading is reported as "still loading" (extract-in-tab.ts).
    await expect
      .poll(
        () =>
          ext.serviceWorker.evaluate(async () =>
            (await chrome.tabs.query({ active: true })).every((tab) => tab.status === 'complete'),
          ),
        { timeout: 10_000 },
      )
      .toBe(true);
    await clickToolbar(ext, page);
    return attachToPopup(ext);
  }

  /** Saves `url` with a real toolbar click, as a reader would, and closes the popup. */
  async function saveWithPopup(url: string): Promise<void> {
    const popup = await openPopupOn(url);
    await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'saved'`);
    await popup.close();
  }

  async function articles(): Promise<Stored[]> {
    return ((await ext.dumpDatabase()).articles ?? []) as Stored[];
  }

  it('explains that browser pages cannot be read, and saves nothing', async () => {
    const popup = await openPopupOn('chrome://version');
    const message = await popup.waitFor<string>(`document.querySelector('.message')?.innerText`);
    expect(message).toContain("Liseuse can't read this kind of page");
    expect(message).toContain('Open an article on a website and try again');
    expect(await articles()).toEqual([]);
  });

  it('explains that a page holds no article, and saves nothing', async () => {
    const popup = await openPopupOn(site.url('/home.html'));
    const message = await popup.waitFor<string>(`document.querySelector('.message')?.innerText`);
    expect(message).toContain('No article found on this page');
    expect(await articles()).toEqual([]);
  });

  it('keeps one article when the same page is saved twice, and Undo of the update puts the earlier version back', async () => {
    for (let i = 0; i < 2; i++) {
      const popup = await openPopupOn(site.url('/article.html'));
      await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'saved'`);
      if (i === 1) {
        expect(await popup.evaluate<string>(`document.querySelector('.save-status').innerText`)).toContain(
          'Already in your Library',
        );
        const before = await ext.serviceWorker.evaluate(() => Date.now());
        await popup.evaluate(
          `[...document.querySelectorAll('.save-status button')].find((b) => b.textContent === 'Undo').click()`,
        );
        await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'restored'`);
        // The article is still there, as it was saved the first time (its first updatedAt).
        const [kept] = (await articles()).filter((a) => a.title === 'Un matin au bord du lac') as (Stored & {
          updatedAt: number;
        })[];
        expect(kept.updatedAt).toBeLessThan(before);
      }
      await popup.close();
    }
    const saved = (await articles()).filter((a) => a.title === 'Un matin au bord du lac');
    expect(saved).toHaveLength(1);
  });

  it('Undo removes the article it just saved', async () => {
    // A new address, so this save creates an article rather than updating the one above.
    const address = site.url('/article.html?copy=undo');
    const copies = async () => (await articles()).filter((a) => a.url === address);
    const popup = await openPopupOn(address);
    await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'saved'`);
    await popup.evaluate(
      `[...document.querySelectorAll('.save-status button')].find((b) => b.textContent === 'Undo').click()`,
    );
    await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'removed'`);
    expect(await copies()).toEqual([]);
    // Save again from the same popup: it is back.
    await popup.evaluate(`document.querySelector('.save-status button').click()`);
    await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'saved'`);
    expect(await copies()).toHaveLength(1);
  });

  it('saves a link through the handler the menu click runs', async () => {
    // The menu click grants activeTab on the tab it happened in; a toolbar click does the same.
    const popup = await openPopupOn(site.url('/article.html'));
    await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'saved'`);
    // Found by address: headless Chromium may have no last-focused window while the popup is open.
    const tab = await ext.serviceWorker.evaluate(
      async (url) => (await chrome.tabs.query({ active: true })).find((each) => each.url === url)!,
      site.url('/article.html'),
    );
    await popup.close();
    // Headless Chromium draws no context menu: fire the event its "Save link" item fires, in the
    // service worker, so the background's own listener runs as it would on a real click.
    const linkUrl = site.url('/linked.html');
    await ext.serviceWorker.evaluate(
      ([menuItemId, url, clickedTab]) => {
        const onClicked = chrome.contextMenus.onClicked as unknown as { dispatch(info: object, tab: object): void };
        onClicked.dispatch({ menuItemId, linkUrl: url, pageUrl: clickedTab.url, editable: false }, clickedTab);
      },
      [MENU_SAVE_LINK, linkUrl, tab] as const,
    );
    const saved = async () => (await articles()).filter((a) => a.title === 'Le marché du samedi');
    await expect.poll(saved, { timeout: 15_000 }).toHaveLength(1);
  });

  it('lists the library newest first from the popup, and Escape goes back', async () => {
    // The article, a copy of it at another address, then another page.
    await saveWithPopup(site.url('/article.html'));
    await saveWithPopup(site.url('/article.html?copy=undo'));
    await saveWithPopup(site.url('/linked.html'));
    const popup = await openPopupOn(site.url('/article.html'));
    await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'saved'`);
    await popup.evaluate(
      `[...document.querySelectorAll('nav button')].find((b) => b.textContent === 'Library').click()`,
    );
    // Rows carry their article id (the Library view may grow; ids and order are what count).
    const ids = await popup.waitFor<string[]>(
      `(() => { const ids = [...document.querySelectorAll('li[data-id]')].map((li) => li.dataset.id); return ids.length ? ids : null; })()`,
    );
    const stored = (await articles()) as (Stored & { savedAt: number })[];
    expect(ids).toEqual([...stored].sort((a, b) => b.savedAt - a.savedAt).map((a) => a.id));
    // The article, its copy, and the linked page.
    expect(ids).toHaveLength(3);
    // Saving this page again updated it; the linked article saved after it stays on top.
    expect(stored.find((a) => a.id === ids[0])?.title).toBe('Le marché du samedi');
    await popup.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: 'Escape',
      code: 'Escape',
      windowsVirtualKeyCode: 27,
    });
    await popup.waitFor(`!!document.querySelector('.article-body')`);
  });

  it('cannot read a page nobody clicked on: "Cannot access contents of the page"', async () => {
    const page = await ext.context.newPage();
    await page.goto(site.url('/linked.html'));
    await page.bringToFront();
    const error = await ext.serviceWorker.evaluate(async () => {
      // The tab's address is hidden from an extension with no access to it: found as the active tab.
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      try {
        await chrome.scripting.executeScript({ target: { tabId: tab.id! }, files: ['/extract.js'] });
        return 'injected';
      } catch (e) {
        return String(e);
      }
    });
    expect(error).toContain('Cannot access contents of the page');
  });

  it('starts reading on the click, in the background, and the popup takes that reading', async () => {
    // A click can reach the page before its grant does (seen on a browser's first click), and the
    // popup then reads the page itself: of three clicks, at least one must go the fast way.
    const tookTheClicksReading: boolean[] = [];
    for (const copy of ['a', 'b', 'c']) {
      const popup = await openPopupOn(site.url(`/article.html?copy=${copy}`));
      await popup.waitFor(`!!document.querySelector('.article-body')`);
      tookTheClicksReading.push(
        await popup.evaluate<boolean>(`performance.getEntriesByName('${READING_FROM_CLICK_MARK}').length === 1`),
      );
      await popup.close();
    }
    expect(tookTheClicksReading).toContain(true);
  });

  it("paints the article's first screen before the popup's app loads, then hands over to the app's view", async () => {
    const popup = await openPopupOn(site.url('/article.html'));
    // The app's view, in #app, once the first screen's painter has given way to it.
    await popup.waitFor(`!!document.querySelector('#app .article-body') && !document.getElementById('first-paint')`);
    const seen = await popup.evaluate<{ painted: number; bodies: number; inert: number; title: string }>(`({
      painted: performance.getEntriesByName('${FIRST_PAINT_MARK}').length,
      bodies: document.querySelectorAll('.article-body').length,
      inert: document.querySelectorAll('[inert]').length,
      title: document.querySelector('#app .article-title')?.textContent ?? '',
    })`);
    expect(seen).toEqual({ painted: 1, bodies: 1, inert: 0, title: expect.stringMatching(/\S/) });
    await popup.close();
  });
});
