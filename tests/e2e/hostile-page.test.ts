import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attachToPopup, clickToolbar, dumpExtensionDb, launchWithExtension, serveFixture,
  type ExtensionBrowser, type FixtureServer,
} from '../../scripts/harness/extension-browser';

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

type Probe = { pwned: string | null; title: string; text: string; scripts: number; handlers: number; javascriptLinks: number; iframes: number };

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
  let ext: ExtensionBrowser;
  let site: FixtureServer;
  let page: Page;

  beforeAll(async () => {
    ext = await launchWithExtension();
    site = await serveFixture('tests/fixtures/browser-pages', {
      '/hostile.html': { html: (origin) => TEMPLATE.replaceAll('{{ORIGIN}}', origin) },
    });
    page = await ext.context.newPage();
    await page.goto(site.url('/hostile.html'));
  });

  afterAll(async () => {
    await site?.close();
    await ext?.close();
  });

  it('has live payloads on the page itself', async () => {
    await page.waitForFunction(() => document.documentElement.dataset.onerrorHandler === 'ran');
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({
      inlineScript: 'ran', onerrorHandler: 'ran',
    });
  });

  it('shows and saves the article in the popup without running any of it', async () => {
    await clickToolbar(ext, page);
    const popup = await attachToPopup(ext);
    await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'saved'`);
    // Clicking the link must do nothing in Liseuse either.
    await popup.evaluate(`${TEMPTING_LINK}?.click()`);
    await new Promise((r) => setTimeout(r, 300));
    expectHarmless(await popup.evaluate<Probe>(PROBE));
    await popup.close();
  });

  it('opens the saved article in the reader without running any of it', async () => {
    const db = await dumpExtensionDb(ext);
    const [article] = db.liseuse.articles as { id: string }[];
    const bodies = db.liseuse.bodies as { html: string }[];
    expect(bodies[0].html).not.toMatch(/<script|onerror|onload|javascript:/i);
    const reader = await ext.context.newPage();
    await reader.goto(ext.extensionUrl(`reader.html?id=${article.id}`));
    await reader.waitForSelector('article .article-body p');
    await reader.evaluate(`${TEMPTING_LINK}?.click()`);
    await new Promise((r) => setTimeout(r, 300));
    expectHarmless(await reader.evaluate<Probe>(PROBE));
    await reader.close();
  });

  it('never called the server from an extension page', () => {
    expect(site.requests.filter((request) => request.path.startsWith('/pwned'))).toEqual([]);
  });
});
