import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { launchFirefoxTestBrowser, type FirefoxTestBrowser } from '../support/firefox-browser';

// The hostile page of the Chromium suite (tests/e2e/hostile-page.test.ts), in Firefox, which
// parses, sanitizes and renders with its own engines: an inline <script>, an onerror handler, a
// javascript: link and an SVG with a script and an onload. On the page itself each marks the
// page; in an extension page it would set window.liseusePwned, retitle the page and call the test
// server. Saved through the toolbar and through Save link (parsed in the background page).
const TEMPLATE = readFileSync('tests/fixtures/browser-pages/hostile.html', 'utf8');

/** The extension API, in the functions passed to evaluate() (they run in Liseuse's pages). */
declare const browser: typeof import('wxt/browser').browser;

type Probe = {
  pwned: string | null;
  title: string;
  text: string;
  scripts: number;
  handlers: number;
  javascriptLinks: number;
  iframes: number;
};

/** Runs in an extension page (its window, or the popup's): what a payload left there, and what survived sanitizing. */
function probe(view: Window = window): Probe {
  const article = view.document.querySelector('article');
  return {
    pwned: (view as unknown as { liseusePwned?: string }).liseusePwned ?? null,
    title: view.document.title,
    text: article?.innerText ?? '',
    scripts: article?.querySelectorAll('script').length ?? -1,
    handlers: [...(article?.querySelectorAll('*') ?? [])].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on')),
    ).length,
    javascriptLinks: article?.querySelectorAll('a[href^="javascript:" i]').length ?? -1,
    iframes: article?.querySelectorAll('iframe, object, embed').length ?? -1,
  };
}

/**
 * Clicks the article's tempting javascript: link (if the sanitizer kept the element at all) and
 * resolves once what the click queued has run or never will (a task after the next frame).
 */
function clickTemptingLink(view: Window = window): Promise<void> {
  const link = [...view.document.querySelectorAll<HTMLAnchorElement>('.article-body a')].find((a) =>
    a.textContent?.includes('cliquez ici'),
  );
  link?.click();
  return new Promise((done) => view.requestAnimationFrame(() => view.setTimeout(done)));
}

function expectHarmless(seen: Probe) {
  expect(seen).toMatchObject({ pwned: null, scripts: 0, handlers: 0, javascriptLinks: 0, iframes: 0 });
  expect(seen.title).not.toBe('PWNED');
  // Shown all the same.
  expect(seen.text).toContain('Le lac était calme ce matin-là');
  expect(seen.text).toContain('cliquez ici pour la suite');
}

describe('hostile page in Firefox', () => {
  let ff: FirefoxTestBrowser;
  let site: FixtureServer;
  let page: Page;

  beforeEach(async () => {
    ff = await launchFirefoxTestBrowser();
    site = await serveFixture('tests/fixtures/browser-pages', {
      '/hostile.html': { html: (origin) => TEMPLATE.replaceAll('{{ORIGIN}}', origin) },
      '/links.html': {
        html: '<!DOCTYPE html><title>Liens</title><p><a id="hostile" href="/hostile.html">Une page piégée</a></p>',
      },
    });
  });

  afterEach(async () => {
    await site?.close();
    await ff?.close();
  });

  /** Saves the page with the toolbar button, clicks the tempting link in the popup, and probes it. */
  async function showInPopup(): Promise<Probe> {
    page = await ff.newTab(site.url('/hostile.html'));
    const popup = await ff.clickToolbar(page);
    await popup.waitFor((view) => view.document.querySelector<HTMLElement>('.save-status')?.dataset.state === 'saved');
    await popup.evaluate(clickTemptingLink);
    const seen = await popup.evaluate(probe);
    await popup.close();
    return seen;
  }

  /** Opens the saved article in the reader, clicks the tempting link there, and probes it. */
  async function openInReader(): Promise<Probe> {
    const db = await ff.dumpDatabase();
    const [article] = db.articles as { id: string }[];
    expect((db.bodies as { html: string }[])[0]!.html).not.toMatch(/<script|onerror|onload|javascript:/i);
    const reader = await ff.openExtensionPage(`reader.html?id=${article!.id}`);
    await reader.waitForSelector('article .article-body p');
    await reader.evaluate(clickTemptingLink);
    const seen = await reader.evaluate(probe);
    await reader.close();
    return seen;
  }

  it('has live payloads on the page itself', async () => {
    page = await ff.newTab(site.url('/hostile.html'));
    await page.waitForFunction(() => document.documentElement.dataset.onerrorHandler === 'ran', { polling: 50 });
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({
      inlineScript: 'ran',
      onerrorHandler: 'ran',
    });
  });

  it('shows and saves the article in the popup without running any of it', async () => {
    expectHarmless(await showInPopup());
  });

  it('opens the saved article in the reader without running any of it, and never called the server', async () => {
    await showInPopup();
    expectHarmless(await openInReader());
    expect(site.requests.filter((request) => request.path.startsWith('/pwned'))).toEqual([]);
  });

  it('Save link parses it in the background page without running any of it, and never called the server', async () => {
    const links = await ff.newTab(site.url('/links.html'));
    await ff.saveLinkFromMenu(links, '#hostile');
    await ff.answerPermissionPrompt(true);
    await expect.poll(async () => ((await ff.dumpDatabase()).articles ?? []).length, { timeout: 15_000 }).toBe(1);
    const background = await ff.testPage.evaluate(() => {
      const view = browser.extension.getBackgroundPage() as unknown as (Window & { liseusePwned?: string }) | null;
      return { found: !!view, pwned: view?.liseusePwned ?? null, title: view?.document.title ?? '' };
    });
    expect(background).toEqual({
      found: true,
      pwned: null,
      title: expect.not.stringMatching(/PWNED/) as unknown as string,
    });
    expectHarmless(await openInReader());
    expect(site.requests.filter((request) => request.path.startsWith('/pwned'))).toEqual([]);
  });
});
