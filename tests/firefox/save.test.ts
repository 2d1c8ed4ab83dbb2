import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { launchFirefoxTestBrowser, type FirefoxTestBrowser } from '../support/firefox-browser';

// Saving in Firefox, where the paths differ from Chrome's: the toolbar button opens the popup
// through Firefox's own action code (it grants activeTab), Save link parses the downloaded page,
// and Save page sanitizes what the tab hands over, in the background, an event page with a DOM:
// no offscreen document, no sandbox page (Firefox has neither). The permission prompt Save link raises is Firefox's own, answered
// here as a reader would.
const FIXTURE = 'tests/fixtures/seed-article';
const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as {
  title: string;
  byline: string;
  siteName: string;
  mustContain: string[];
  mustNotContain: string[];
};

/** The extension API, in the functions passed to evaluate() (they run in Liseuse's pages). */
declare const browser: typeof import('wxt/browser').browser;

type Stored = { id: string; title: string; url: string; pageUrl: string };

/** What every extension page of Liseuse open now is (the background, hooks page, popup…). */
const EXTENSION_VIEWS = () =>
  browser.extension
    .getViews()
    .map((view) => new URL((view as unknown as { location: Location }).location.href).pathname);

describe('saving in Firefox: toolbar, popup, Save page, Save link', () => {
  let ff: FirefoxTestBrowser;
  let site: FixtureServer;

  beforeEach(async () => {
    ff = await launchFirefoxTestBrowser();
    site = await serveFixture('tests/fixtures/browser-pages', { '/page.html': join(FIXTURE, 'page.html') });
  });

  afterEach(async () => {
    await site?.close();
    await ff?.close();
  });

  async function articles(): Promise<Stored[]> {
    return ((await ff.dumpDatabase()).articles ?? []) as Stored[];
  }

  it('a toolbar click shows the clean article in the popup and saves it with its images', async () => {
    // The seed page's pictures live beside it.
    await site.close();
    site = await serveFixture(join(FIXTURE, 'site'), { '/page.html': join(FIXTURE, 'page.html') });
    const page = await ff.newTab(site.url('/page.html'));
    const popup = await ff.clickToolbar(page);
    await popup.waitFor((view) => view.document.querySelector<HTMLElement>('.save-status')?.dataset.state === 'saved');
    await popup.waitFor((view) =>
      [...view.document.querySelectorAll('.article img')].every(
        (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
      ),
    );
    const text = await popup.evaluate((view) => view.document.body.innerText);
    expect(text).toContain('Saved for offline reading');
    for (const words of [expected.title, expected.byline, expected.siteName, ...expected.mustContain])
      expect(text, words).toContain(words);
    for (const clutter of expected.mustNotContain) expect(text, clutter).not.toContain(clutter);
    expect(text).toMatch(/\d+ min read/);

    const db = await ff.dumpDatabase();
    const stored = db.articles as Stored[];
    expect(stored.map((article) => [article.title, article.pageUrl])).toEqual([
      [expected.title, site.url('/page.html')],
    ]);
    const images = db.images as { articleId: string; blob: { blob: number } }[];
    expect(images.filter((image) => image.articleId === stored[0]!.id).length).toBeGreaterThanOrEqual(2);
    expect(images.every((image) => image.blob.blob > 0)).toBe(true);
    await popup.close();
  });

  it('Save page from the real context menu: the event page sanitizes what the page hands over, and saves it', async () => {
    const page = await ff.newTab(site.url('/page.html'));
    await ff.savePageFromMenu(page, 'h1');
    await expect.poll(articles, { timeout: 15_000 }).toHaveLength(1);
    const db = await ff.dumpDatabase();
    expect((db.articles as Stored[])[0]).toMatchObject({ title: expected.title, pageUrl: site.url('/page.html') });
    const [body] = db.bodies as { html: string; text: string }[];
    for (const words of expected.mustContain) expect(body!.text, words).toContain(words);
    for (const clutter of expected.mustNotContain) expect(body!.text, clutter).not.toContain(clutter);
    // Sanitized where a DOM already is: no offscreen or sandbox page was opened.
    const views = await ff.testPage.evaluate(EXTENSION_VIEWS);
    expect(views.filter((path) => /offscreen|parser/.test(path))).toEqual([]);
  });

  it('Save link from the real context menu: Firefox asks for the site; allowed, the event page fetches and parses it', async () => {
    const page = await ff.newTab(site.url('/article.html'));
    await ff.saveLinkFromMenu(page, 'a[href="/linked.html"]');
    const prompt = await ff.answerPermissionPrompt(true);
    expect(prompt).toContain('127.0.0.1');
    await expect.poll(articles, { timeout: 15_000 }).toHaveLength(1);
    const [article] = await articles();
    expect(article).toMatchObject({ title: 'Le marché du samedi', pageUrl: site.url('/linked.html') });
    // Parsed where a DOM already is: Firefox has no offscreen API, and no offscreen or sandbox page is open.
    expect(await ff.testPage.evaluate(() => typeof (browser as unknown as { offscreen?: unknown }).offscreen)).toBe(
      'undefined',
    );
    const views = await ff.testPage.evaluate(EXTENSION_VIEWS);
    expect(views.filter((path) => /offscreen|parser/.test(path))).toEqual([]);
    expect(
      await ff.testPage.evaluate((origin) => browser.permissions.contains({ origins: [`${origin}/*`] }), site.origin),
    ).toBe(true);
  });

  it('Save link refused the site: a link on the same site is read through the tab, and saved all the same', async () => {
    const page = await ff.newTab(site.url('/article.html'));
    await ff.saveLinkFromMenu(page, 'a[href="/linked.html"]');
    await ff.answerPermissionPrompt(false);
    await expect.poll(articles, { timeout: 15_000 }).toHaveLength(1);
    expect((await articles())[0]).toMatchObject({ title: 'Le marché du samedi', pageUrl: site.url('/linked.html') });
    expect(
      await ff.testPage.evaluate((origin) => browser.permissions.contains({ origins: [`${origin}/*`] }), site.origin),
    ).toBe(false);
  });
});
