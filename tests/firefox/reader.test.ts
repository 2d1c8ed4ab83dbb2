import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { launchFirefoxTestBrowser, type FirefoxTestBrowser } from '../support/firefox-browser';

// The reader in Firefox, on the seed article saved from the toolbar. Offline (Firefox's own
// offline mode): the text from IndexedDB, every picture from the stored Blobs, nothing from the
// network; the server stays up all the same, so a request that slipped through would be seen. In
// two tabs: the note one writes reaches the other through the BroadcastChannel of the extension's
// pages (moz-extension:// pages share one origin).
const FIXTURE = 'tests/fixtures/seed-article';
const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as {
  title: string;
  mustContain: string[];
};

describe('the reader in Firefox', () => {
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

  /** Saves the seed article from the toolbar button; returns its id. */
  const saveSeedArticle = async (): Promise<string> => {
    const page = await ff.newTab(site.url('/page.html'));
    const popup = await ff.clickToolbar(page);
    await popup.waitFor((view) => view.document.querySelector<HTMLElement>('.save-status')?.dataset.state === 'saved');
    await popup.close();
    await page.close();
    const [article] = (await ff.dumpDatabase()).articles as { id: string }[];
    return article!.id;
  };

  it('opens the saved article in the reader offline, every image from local storage', async () => {
    const id = await saveSeedArticle();

    await ff.inBrowserWindow(`(() => { Services.io.manageOfflineStatus = false; Services.io.offline = true; })()`);
    const requestsBefore = site.requests.length;
    const reader = await ff.openExtensionPage(`reader.html?id=${id}`);
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

  it('shows the note written in one reader tab in the other', async () => {
    const id = await saveSeedArticle();

    const openNote = async (): Promise<Page> => {
      const reader = await ff.openExtensionPage(`reader.html?id=${id}`);
      await reader.waitForFunction(() => document.querySelector('.article-body p') !== null, { polling: 50 });
      await reader.evaluate(() =>
        [...document.querySelectorAll<HTMLButtonElement>('button')]
          .find((button) => /^Highlights \(0\)$/.test(button.textContent ?? ''))!
          .click(),
      );
      await reader.waitForFunction(
        () => document.querySelector<HTMLTextAreaElement>('.article-note-field textarea')?.readOnly === false,
        { polling: 50 },
      );
      return reader;
    };
    const first = await openNote();
    const second = await openNote();
    await first.evaluate(() => {
      const field = document.querySelector<HTMLTextAreaElement>('.article-note-field textarea')!;
      field.value = 'Écrit dans le premier onglet';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await second.waitForFunction(
      () =>
        document.querySelector<HTMLTextAreaElement>('.article-note-field textarea')?.value ===
        'Écrit dans le premier onglet',
      { polling: 50, timeout: 20_000 },
    );
    expect(((await ff.dumpDatabase()).notes as { text: string }[]).map((note) => note.text)).toEqual([
      'Écrit dans le premier onglet',
    ]);
  });
});
