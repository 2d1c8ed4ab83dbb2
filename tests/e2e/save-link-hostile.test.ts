import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markdownOfHtml } from '../../lib/export/html-to-markdown';
import { MENU_SAVE_LINK } from '../../lib/saving/context-menus';
import type { SafeHtml } from '../../lib/shared/sanitize';
import { attachToPopup } from '../../scripts/harness/popup';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { clickToolbar } from '../../scripts/harness/toolbar';
import { collapsed, HOSTILE_CASES, hostilePage } from '../support/hostile-corpus';
import { halfSaved } from '../support/half-saved';
import { checkArticleOutputs, markdownText, type Violation } from '../support/output-invariants';
import { launchTestBrowser, type TestBrowser } from '../support/test-browser';

// "Save link" on pages of the hostile corpus, through the handler the context menu runs: the
// background downloads each linked page (through the tab it was clicked in: same site, no CORS)
// and parses it off the page, in the offscreen document's parser sandbox, never rendering it.
// One page per class of attack. Nothing of them may run, call home, or reach the Library
// outside the output invariants; each is filed under its own address.

/** One page per kind of attack (tests/fixtures/hostile/cases.json). */
const PAGES = [
  'script-inline',
  'handler-img-onerror',
  'url-javascript-entities',
  'mxss-svg-style',
  'iframe-srcdoc',
  'base-other-site',
  'meta-canonical-other-site',
  'remote-svg-image-href',
  'text-escaped-script',
  'clobber-form-parentNode',
  'url-form-action',
];

const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const LINKS = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Liens</title></head><body>
<ul>${PAGES.map((id) => `<li><a href="/hostile/${id}.html">${id}</a></li>`).join('')}</ul></body></html>`;

type Stored = { id: string; url: string; pageUrl: string; title: string };

describe('Save link on hostile pages (Chrome: the parser sandbox)', () => {
  let ext: TestBrowser;
  let site: FixtureServer;

  beforeEach(async () => {
    ext = await launchTestBrowser();
    const routes = Object.fromEntries(
      PAGES.map((id) => [`/hostile/${id}.html`, { html: (origin: string) => hostilePage(id, origin) }]),
    );
    site = await serveFixture(
      'tests/fixtures/browser-pages',
      { ...routes, '/links.html': { html: LINKS } },
      { '/img/': { type: 'image/png', body: PIXEL } },
    );
  });

  afterEach(async () => {
    await site?.close();
    await ext?.close();
  });

  it('saves every page whole, within the output invariants, with nothing of it running or calling home', async () => {
    // The menu click grants activeTab on the tab it happened in; a toolbar click does the same
    // (the list of links is no article: the popup saves nothing).
    const links = await ext.context.newPage();
    await links.goto(site.url('/links.html'));
    await clickToolbar(ext, links);
    const popup = await attachToPopup(ext);
    await popup.waitFor(
      `!!document.querySelector('[role=alert], .message[data-reason]') || document.querySelector('.save-status')?.dataset.state === 'saved'`,
    );
    await popup.close();
    // Found by address: headless Chromium may have no last-focused window once the popup is gone.
    const tab = await ext.serviceWorker.evaluate(
      async (url) => (await chrome.tabs.query({ active: true })).find((each) => each.url === url)!,
      site.url('/links.html'),
    );
    expect(tab.url).toBe(site.url('/links.html'));

    // Headless Chromium draws no context menu: fire the event its "Save link" item fires, in the
    // service worker, one link after the other, as a reader would.
    for (const id of PAGES) {
      const before = ((await ext.dumpDatabase()).articles ?? []).length;
      await ext.serviceWorker.evaluate(
        ([menuItemId, url, clickedTab]) => {
          const onClicked = chrome.contextMenus.onClicked as unknown as { dispatch(info: object, tab: object): void };
          onClicked.dispatch({ menuItemId, linkUrl: url, pageUrl: clickedTab.url, editable: false }, clickedTab);
        },
        [MENU_SAVE_LINK, site.url(`/hostile/${id}.html`), tab] as const,
      );
      await expect
        .poll(async () => ((await ext.dumpDatabase()).articles ?? []).length, { timeout: 15_000, message: id })
        .toBe(before + 1);
    }

    const db = await ext.dumpDatabase();
    expect(halfSaved(db)).toEqual([]);
    const articles = db.articles as Stored[];
    const bodies = new Map(
      (db.bodies as { articleId: string; html: SafeHtml; text: string }[]).map((body) => [body.articleId, body]),
    );
    const window = new JSDOM('').window as unknown as Window;
    const violations: Violation[] = [];
    const misfiled: string[] = [];
    for (const article of articles) {
      const id = new URL(article.pageUrl).pathname.replace(/^\/hostile\/|\.html$/g, '');
      const test = HOSTILE_CASES.find((candidate) => candidate.id === id)!;
      const body = bodies.get(article.id)!;
      const markdown = markdownOfHtml(body.html, window);
      violations.push(...checkArticleOutputs({ ...article, html: body.html, markdown }, id));
      if (test.filedUnderPage && article.url !== article.pageUrl) misfiled.push(`${id}: ${article.url}`);
      for (const phrase of test.mustShow) {
        if (!collapsed(body.text).includes(phrase)) violations.push({ where: id, rule: 'text shown', detail: phrase });
        if (!markdownText(markdown).includes(phrase))
          violations.push({ where: id, rule: 'text stays text in Markdown', detail: phrase });
      }
    }
    expect(articles.map((article) => new URL(article.pageUrl).pathname).sort()).toEqual(
      PAGES.map((id) => `/hostile/${id}.html`).sort(),
    );
    expect(violations).toEqual([]);
    expect(misfiled).toEqual([]);
    // The pages were downloaded, never rendered: only they and the pictures kept were asked for.
    const outside = site.requests.filter(
      (request) => !/^\/(hostile\/|img\/|links\.html$|favicon\.ico$)/.test(request.path),
    );
    expect(outside).toEqual([]);
    // Nothing ran in the extension's own pages either.
    expect(
      await ext.testPage.evaluate(() => (window as unknown as { liseusePwned?: string }).liseusePwned ?? null),
    ).toBeNull();
  });
});
