import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachToPopup } from '../../scripts/harness/popup';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { clickToolbar } from '../../scripts/harness/toolbar';
import { launchTestBrowser, type TestBrowser } from '../support/test-browser';
import { collapsed, HOSTILE_CASES, hostilePage, type HostileCase } from '../support/hostile-corpus';
import { JSDOM } from 'jsdom';
import { markdownOfHtml } from '../../lib/export/html-to-markdown';
import type { SafeHtml } from '../../lib/shared/sanitize';
import { checkArticleOutputs, markdownText, type Violation } from '../support/output-invariants';

// Every page of the hostile corpus, clicked in Chromium with Liseuse loaded: the popup extracts,
// shows and saves it, then the reader shows the saved article. A payload that ran in an extension
// page would set window.liseusePwned, retitle the page and call /pwned/ on the test server. The
// page itself may only load its document and its pictures (/img/): every other request it makes
// is stopped in the browser, so any request the server sees for /leak/ or /pwned/ came from
// Liseuse. Then the stored records are checked on every output invariant.

/** A 1×1 PNG, the picture behind every /img/ address. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** What a payload would have left in an extension page. */
const PROBE = `(() => ({
  pwned: window.liseusePwned ?? null,
  title: document.title,
  text: document.querySelector('article')?.innerText ?? '',
  scripts: document.querySelectorAll('article script, article iframe, article object, article embed, article form').length,
  handlers: [...document.querySelectorAll('article *')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
}))()`;

type Probe = { pwned: string | null; title: string; text: string; scripts: number; handlers: number };
type Outcome = { id: string; state: string; popup?: Probe; reader?: Probe; problem?: string };

describe('hostile corpus in Chromium: extraction, saving, display', () => {
  let ext: TestBrowser;
  let site: FixtureServer;
  let tab: Page;
  const outcomes = new Map<string, Outcome>();

  beforeAll(async () => {
    ext = await launchTestBrowser();
    const routes = Object.fromEntries(
      HOSTILE_CASES.map((test) => [
        `/hostile/${test.id}.html`,
        {
          html: (origin: string) => hostilePage(test.id, origin),
          // The page may show only its own pictures: its other images (a table's background, a
          // cell's) are refused by the browser before any request, which the route below cannot
          // promise for an image still loading while the tab moves to the next page.
          headers: (origin: string) => ({ 'content-security-policy': `img-src ${origin}/img/ data:` }),
        },
      ]),
    );
    site = await serveFixture('tests/fixtures/browser-pages', routes, { '/img/': { type: 'image/png', body: PIXEL } });
    tab = await ext.context.newPage();
    // The page keeps its own document and pictures; nothing else it asks for reaches the server.
    await tab.route('**/*', (route) => {
      const request = route.request();
      const path = new URL(request.url()).pathname;
      let own = path.startsWith('/img/');
      try {
        own ||= request.isNavigationRequest() && request.frame() === tab.mainFrame() && path.startsWith('/hostile/');
      } catch (error) {
        // A request of a frame already gone (a background image loading as the page unloads):
        // it is the page's, and stopped like the rest.
        void error;
      }
      return own ? route.continue() : route.abort();
    });
  }, 120_000);

  afterAll(async () => {
    await site?.close();
    await ext?.close();
  });

  async function clickOn(test: HostileCase): Promise<Outcome> {
    await tab.goto(site.url(`/hostile/${test.id}.html`));
    await clickToolbar(ext, tab);
    const popup = await attachToPopup(ext);
    try {
      const state = await popup.waitFor<string>(
        `(() => { const s = document.querySelector('.save-status')?.dataset.state; const alert = document.querySelector('[role=alert], .message[data-reason]'); return s === 'saved' || s === 'failed' ? s : alert ? 'alert: ' + alert.innerText : ''; })()`,
        20_000,
      );
      return { id: test.id, state, popup: await popup.evaluate<Probe>(PROBE) };
    } catch (error) {
      return { id: test.id, state: 'no answer', problem: String(error) };
    } finally {
      await popup.close();
    }
  }

  it('saves every page, showing its text, with nothing of it running in the popup', async () => {
    for (const test of HOSTILE_CASES) outcomes.set(test.id, await clickOn(test));
    const problems = [...outcomes.values()]
      .filter(
        (outcome) =>
          outcome.state !== 'saved' ||
          !outcome.popup ||
          outcome.popup.pwned !== null ||
          outcome.popup.title === 'PWNED' ||
          outcome.popup.scripts !== 0 ||
          outcome.popup.handlers !== 0 ||
          HOSTILE_CASES.find((test) => test.id === outcome.id)!.mustShow.some(
            (phrase) => !collapsed(outcome.popup!.text).includes(phrase),
          ),
      )
      .map(({ id, state, problem, popup }) => ({ id, state, problem, pwned: popup?.pwned, title: popup?.title }));
    expect(problems).toEqual([]);
  }, 1_200_000);

  it('shows every saved article in the reader with nothing of it running', async () => {
    const db = await ext.dumpDatabase();
    const articles = (db.articles ?? []) as { id: string; pageUrl: string }[];
    const reader = await ext.context.newPage();
    const problems: unknown[] = [];
    for (const article of articles) {
      await reader.goto(ext.extensionUrl(`reader.html?id=${article.id}`));
      await reader.waitForSelector('article .article-body');
      const probe = await reader.evaluate<Probe>(PROBE);
      if (probe.pwned !== null || probe.title === 'PWNED' || probe.scripts !== 0 || probe.handlers !== 0)
        problems.push({ page: article.pageUrl, probe });
    }
    await reader.close();
    expect(articles.length).toBe(HOSTILE_CASES.length);
    expect(problems).toEqual([]);
  }, 600_000);

  it('stores every article within the output invariants, filed under an address the page may claim', async () => {
    const db = await ext.dumpDatabase();
    const articles = (db.articles ?? []) as { id: string; url: string; pageUrl: string }[];
    const bodies = new Map(
      ((db.bodies ?? []) as { articleId: string; html: SafeHtml; text: string }[]).map((body) => [
        body.articleId,
        body,
      ]),
    );
    // What an export or the command line would make of the stored body.
    const window = new JSDOM('').window as unknown as Window;
    const violations: Violation[] = [];
    const misfiled: string[] = [];
    for (const article of articles) {
      const body = bodies.get(article.id);
      const id = new URL(article.pageUrl).pathname.replace(/^\/hostile\/|\.html$/g, '');
      if (!body) {
        violations.push({ where: id, rule: 'body saved', detail: 'missing' });
        continue;
      }
      const markdown = markdownOfHtml(body.html, window);
      violations.push(...checkArticleOutputs({ ...article, html: body.html, markdown }, id));
      const test = HOSTILE_CASES.find((candidate) => candidate.id === id);
      if (test?.filedUnderPage && article.url !== article.pageUrl) misfiled.push(`${id}: ${article.url}`);
      for (const phrase of test?.mustShow ?? []) {
        if (!markdownText(markdown).includes(phrase))
          violations.push({ where: id, rule: 'text stays text in Markdown', detail: phrase });
      }
    }
    expect(violations).toEqual([]);
    expect(misfiled).toEqual([]);
  });

  it('never let a payload call home, nor fetched anything the articles did not ask to show as an image', () => {
    const outside = site.requests.filter(
      (request) => !request.path.startsWith('/hostile/') && !request.path.startsWith('/img/'),
    );
    expect(outside).toEqual([]);
  });
});
