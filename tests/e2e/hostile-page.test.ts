import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MENU_SAVE_PAGE } from '../../lib/saving/context-menus';
import { attachToPopup } from '../../scripts/harness/popup';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { clickToolbar } from '../../scripts/harness/toolbar';
import { launchTestBrowser, type TestBrowser } from '../support/test-browser';

// A page whose article carries an inline <script>, an onerror handler, a javascript: link and
// an SVG with a script and an onload. Each payload marks the page harmlessly when it runs on
// the page, and, if it ever ran in an extension page, would set a global, change the title and
// call the test server: none of that may happen in the popup or the reader.
const TEMPLATE = readFileSync('tests/fixtures/browser-pages/hostile.html', 'utf8');

/** What a hostile payload would have left in an extension page, and what survived sanitizing. */
const PROBE = `(() => {
  const article = document.querySelector('article');
  return {
    pwned: window.liseusePwned ?? null,
    title: document.title,
    text: article?.innerText ?? '',
    scripts: article?.querySelectorAll('script').length ?? -1,
    handlers: [...(article?.querySelectorAll('*') ?? [])].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    javascriptLinks: article?.querySelectorAll('a[href^="javascript:" i]').length ?? -1,
    iframes: article?.querySelectorAll('iframe, object, embed').length ?? -1,
  };
})()`;

/** The article's javascript: link, if the sanitizer kept the element at all (without its href). */
const TEMPTING_LINK = `[...document.querySelectorAll('.article-body a')].find((a) => a.textContent.includes('cliquez ici'))`;

/**
 * Resolves once the page has run what the click queued: a javascript: URL is run in a task the
 * click posts, so after the next frame and one more task it has run or never will.
 */
const AFTER_CLICK = 'new Promise((done) => requestAnimationFrame(() => setTimeout(done)))';

type Probe = {
  pwned: string | null;
  title: string;
  text: string;
  scripts: number;
  handlers: number;
  javascriptLinks: number;
  iframes: number;
};

function expectHarmless(probe: Probe) {
  expect(probe.pwned).toBeNull();
  expect(probe.title).not.toBe('PWNED');
  expect(probe.scripts).toBe(0);
  expect(probe.handlers).toBe(0);
  expect(probe.javascriptLinks).toBe(0);
  expect(probe.iframes).toBe(0);
  // Saved and displayed all the same.
  expect(probe.text).toContain('Le lac était calme ce matin-là');
  expect(probe.text).toContain('cliquez ici pour la suite');
}

describe('hostile page', () => {
  let ext: TestBrowser;
  let site: FixtureServer;
  let page: Page;

  // A fresh browser and server per test: an empty Library and an empty request log.
  beforeEach(async () => {
    ext = await launchTestBrowser();
    site = await serveFixture('tests/fixtures/browser-pages', {
      '/hostile.html': { html: (origin) => TEMPLATE.replaceAll('{{ORIGIN}}', origin) },
    });
    page = await ext.context.newPage();
    await page.goto(site.url('/hostile.html'));
  });

  afterEach(async () => {
    await site?.close();
    await ext?.close();
  });

  /** Saves the page with a real toolbar click, clicks the tempting link in the popup, and probes it. */
  async function showInPopup(): Promise<Probe> {
    await clickToolbar(ext, page);
    const popup = await attachToPopup(ext);
    await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'saved'`);
    // Clicking the link must do nothing in Liseuse either.
    await popup.evaluate(`${TEMPTING_LINK}?.click()`);
    await popup.evaluate(AFTER_CLICK);
    const probe = await popup.evaluate<Probe>(PROBE);
    await popup.close();
    return probe;
  }

  /** Opens the saved article in the reader, clicks the tempting link there, and probes it. */
  async function openInReader(): Promise<Probe> {
    const db = await ext.dumpDatabase();
    const [article] = db.articles as { id: string }[];
    const bodies = db.bodies as { html: string }[];
    expect(bodies[0].html).not.toMatch(/<script|onerror|onload|javascript:/i);
    const reader = await ext.context.newPage();
    await reader.goto(ext.extensionUrl(`reader.html?id=${article.id}`));
    await reader.waitForSelector('article .article-body p');
    await reader.evaluate(`${TEMPTING_LINK}?.click()`);
    await reader.evaluate(AFTER_CLICK);
    const probe = await reader.evaluate<Probe>(PROBE);
    await reader.close();
    return probe;
  }

  it('has live payloads on the page itself', async () => {
    await page.waitForFunction(() => document.documentElement.dataset.onerrorHandler === 'ran');
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({
      inlineScript: 'ran',
      onerrorHandler: 'ran',
    });
  });

  it('shows and saves the article in the popup without running any of it', async () => {
    expectHarmless(await showInPopup());
  });

  it('opens the saved article in the reader without running any of it', async () => {
    await showInPopup();
    expectHarmless(await openInReader());
  });

  it('saves it from the menu, sanitized in the offscreen document, without running any of it', async () => {
    // The popup's click grants activeTab on the tab, as the menu's click does.
    await showInPopup();
    const before = (await ext.dumpDatabase()).articles as { updatedAt: number }[];
    const tab = await ext.serviceWorker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((each) => each.url === url)!,
      site.url('/hostile.html'),
    );
    // Headless Chromium draws no context menu: fire the event its "Save page" item fires, in the
    // service worker (which has no DOM: the offscreen document sanitizes the article).
    await ext.serviceWorker.evaluate(
      ([menuItemId, clickedTab]) => {
        const onClicked = chrome.contextMenus.onClicked as unknown as { dispatch(info: object, tab: object): void };
        onClicked.dispatch({ menuItemId, pageUrl: clickedTab.url, editable: false }, clickedTab);
      },
      [MENU_SAVE_PAGE, tab] as const,
    );
    const savedAgain = async () =>
      ((await ext.dumpDatabase()).articles as { updatedAt: number }[]).filter(
        (article) => article.updatedAt > before[0]!.updatedAt,
      );
    await expect.poll(savedAgain, { timeout: 15_000 }).toHaveLength(1);
    expectHarmless(await openInReader());
  });

  it('never called the server from an extension page', async () => {
    await showInPopup();
    await openInReader();
    expect(site.requests.filter((request) => request.path.startsWith('/pwned'))).toEqual([]);
  });
});
