import { JSDOM } from 'jsdom';
import type { HTTPRequest } from 'puppeteer-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markdownOfHtml } from '../../lib/export/html-to-markdown';
import type { SafeHtml } from '../../lib/shared/sanitize';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { launchFirefoxTestBrowser, type FirefoxTestBrowser } from '../support/firefox-browser';
import { halfSaved } from '../support/half-saved';
import { collapsed, HOSTILE_CASES, hostilePage } from '../support/hostile-corpus';
import { checkArticleOutputs, markdownText, type Violation } from '../support/output-invariants';

// Every page of the hostile corpus clicked in Firefox ESR, as tests/e2e/hostile-corpus.test.ts
// does in Chromium: Firefox parses the page, runs the injected extraction, sanitizes and renders
// with its own engines. A payload that ran in an extension page would set window.liseusePwned,
// retitle the page and call /pwned/ on the test server. The page itself may only load its
// document and its pictures (/img/): its other requests are stopped in the browser. Firefox lets
// a few of them through all the same (an <object>/<embed> load restarted after it was stopped),
// so what the tab asked for is noted: any other request the server sees came from Liseuse.

/** A 1×1 PNG, the picture behind every /img/ address. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

type Probe = { pwned: string | null; title: string; text: string; scripts: number; handlers: number };

/** Runs in an extension page (its window, or the popup's): what a payload would have left there. */
function probe(view: Window = window): Probe {
  const { document } = view;
  return {
    pwned: (view as unknown as { liseusePwned?: string }).liseusePwned ?? null,
    title: document.title,
    text: document.querySelector<HTMLElement>('article')?.innerText ?? '',
    scripts: document.querySelectorAll('article script, article iframe, article object, article embed, article form')
      .length,
    handlers: [...document.querySelectorAll('article *')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on')),
    ).length,
  };
}

/** Whether a probe shows anything of the page running, or its text missing. */
function harmful(seen: Probe | undefined, mustShow: string[] = []): boolean {
  return (
    !seen ||
    seen.pwned !== null ||
    seen.title === 'PWNED' ||
    seen.scripts !== 0 ||
    seen.handlers !== 0 ||
    mustShow.some((phrase) => !collapsed(seen.text).includes(phrase))
  );
}

describe('hostile corpus in Firefox: extraction, saving, display', () => {
  let ff: FirefoxTestBrowser;
  let site: FixtureServer;

  beforeEach(async () => {
    ff = await launchFirefoxTestBrowser();
    const routes = Object.fromEntries(
      HOSTILE_CASES.map((test) => [
        `/hostile/${test.id}.html`,
        { html: (origin: string) => hostilePage(test.id, origin) },
      ]),
    );
    site = await serveFixture('tests/fixtures/browser-pages', routes, { '/img/': { type: 'image/png', body: PIXEL } });
  });

  afterEach(async () => {
    await site?.close();
    await ff?.close();
  });

  it('saves every page and shows it in the popup and the reader, nothing of it running, nothing calling home, every output within the invariants', async () => {
    const tab = await ff.newTab('about:blank');
    // The page keeps its own document and pictures; nothing else it asks for should reach the server.
    const askedByTheTab = new Map<string, number>();
    await tab.setRequestInterception(true);
    tab.on('request', (request: HTTPRequest) => {
      const path = new URL(request.url()).pathname;
      askedByTheTab.set(path, (askedByTheTab.get(path) ?? 0) + 1);
      const own =
        path.startsWith('/img/') ||
        (request.isNavigationRequest() && request.frame() === tab.mainFrame() && path.startsWith('/hostile/'));
      // A request the page dropped meanwhile cannot be stopped any more.
      void (own ? request.continue() : request.abort()).catch(() => undefined);
    });

    const problems: unknown[] = [];
    for (const test of HOSTILE_CASES) {
      await tab.goto(site.url(`/hostile/${test.id}.html`));
      const popup = await ff.clickToolbar(tab);
      try {
        await popup.waitFor((view) => {
          const state = view.document.querySelector<HTMLElement>('.save-status')?.dataset.state;
          return (
            state === 'saved' ||
            state === 'failed' ||
            !!view.document.querySelector('[role=alert], .message[data-reason]')
          );
        });
        const state = await popup.evaluate(
          (view) => view.document.querySelector<HTMLElement>('.save-status')?.dataset.state ?? 'alert',
        );
        const seen = await popup.evaluate(probe);
        if (state !== 'saved' || harmful(seen, test.mustShow))
          problems.push({ id: test.id, state, pwned: seen.pwned, title: seen.title });
      } catch (error) {
        problems.push({ id: test.id, state: 'no answer', error: String(error) });
      } finally {
        await popup.close();
      }
    }
    expect(problems).toEqual([]);

    const db = await ff.dumpDatabase();
    expect(halfSaved(db)).toEqual([]);
    const articles = db.articles as { id: string; url: string; pageUrl: string }[];
    expect(articles.length).toBe(HOSTILE_CASES.length);
    const reader = await ff.openExtensionPage('reader.html?id=none');
    for (const article of articles) {
      await ff.gotoExtensionPage(reader, `reader.html?id=${article.id}`);
      await reader.waitForSelector('article .article-body');
      const seen = await reader.evaluate(probe);
      if (harmful(seen)) problems.push({ page: article.pageUrl, seen });
    }
    expect(problems).toEqual([]);

    const bodies = new Map(
      (db.bodies as { articleId: string; html: SafeHtml }[]).map((body) => [body.articleId, body]),
    );
    const window = new JSDOM('').window as unknown as Window;
    const violations: Violation[] = [];
    for (const article of articles) {
      const id = new URL(article.pageUrl).pathname.replace(/^\/hostile\/|\.html$/g, '');
      const test = HOSTILE_CASES.find((candidate) => candidate.id === id)!;
      const markdown = markdownOfHtml(bodies.get(article.id)!.html, window);
      violations.push(...checkArticleOutputs({ ...article, html: bodies.get(article.id)!.html, markdown }, id));
      if (test.filedUnderPage && article.url !== article.pageUrl)
        violations.push({ where: id, rule: 'filed under the page', detail: article.url });
      for (const phrase of test.mustShow) {
        if (!markdownText(markdown).includes(phrase))
          violations.push({ where: id, rule: 'text stays text in Markdown', detail: phrase });
      }
    }
    expect(violations).toEqual([]);
    const outside = site.requests.filter(
      (request) => !request.path.startsWith('/hostile/') && !request.path.startsWith('/img/'),
    );
    // Each request the tab made accounts for one the server saw; any left over is Liseuse's.
    const unexplained = outside.filter((request) => {
      const left = askedByTheTab.get(request.path) ?? 0;
      askedByTheTab.set(request.path, left - 1);
      return left <= 0;
    });
    expect(unexplained).toEqual([]);
  }, 900_000);
});
