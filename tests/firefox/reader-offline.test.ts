import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { launchFirefoxTestBrowser, type FirefoxTestBrowser } from '../support/firefox-browser';

// An article saved in Firefox is read again with the browser offline (Firefox's own offline
// mode): the text from IndexedDB, every picture from the stored Blobs, nothing from the network.
// The server stays up all the same, so a request that slipped through would be seen.
const FIXTURE = 'tests/fixtures/seed-article';
const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as {
  title: string;
  mustContain: string[];
};

describe('the reader in Firefox, offline', () => {
  let ff: FirefoxTestBrowser;
  let site: FixtureServer;

  beforeEach(async () => {
    ff = await launchFirefoxTestBrowser();
    site = await serveFixture(join(FIXTURE, 'site'), { '/page.html': join(FIXTURE, 'page.html') });
  });

  afterEach(async () => {
    await site?.close();
    await ff?.close();
  });

  it('opens the saved article in the reader offline, every image from local storage', async () => {
    const page = await ff.newTab(site.url('/page.html'));
    const popup = await ff.clickToolbar(page);
    await popup.waitFor((view) => view.document.querySelector<HTMLElement>('.save-status')?.dataset.state === 'saved');
    await popup.close();
    await page.close();
    const [article] = (await ff.dumpDatabase()).articles as { id: string }[];

    await ff.inBrowserWindow(`(() => { Services.io.manageOfflineStatus = false; Services.io.offline = true; })()`);
    const requestsBefore = site.requests.length;
    const reader = await ff.openExtensionPage(`reader.html?id=${article!.id}`);
    await reader.waitForFunction(
      () => {
        const images = [...document.querySelectorAll<HTMLImageElement>('.article img')];
        return images.length >= 2 && images.every((img) => img.complete && img.naturalWidth > 0);
      },
      { polling: 50 },
    );
    const shown = await reader.evaluate(() => ({
      offline: !navigator.onLine,
      title: document.title,
      text: document.querySelector<HTMLElement>('article')!.innerText,
      sources: [...document.querySelectorAll<HTMLImageElement>('.article img')].map((img) => img.src),
      original: document.querySelector('a.article-original')?.getAttribute('href') ?? '',
    }));
    expect(shown.offline).toBe(true);
    expect(shown.title).toBe(expected.title);
    for (const sentence of expected.mustContain) expect(shown.text, sentence).toContain(sentence);
    expect(shown.sources.every((src) => src.startsWith('blob:moz-extension://'))).toBe(true);
    expect(shown.original).toMatch(/^https?:\/\//);
    expect(site.requests.slice(requestsBefore)).toEqual([]);
  });
});
