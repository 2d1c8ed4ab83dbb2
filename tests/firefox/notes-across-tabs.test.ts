import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { launchFirefoxTestBrowser, type FirefoxTestBrowser } from '../support/firefox-browser';

// Two readers on the same article in Firefox: the note one writes reaches the other through the
// BroadcastChannel of the extension's pages (moz-extension:// pages share one origin).
const FIXTURE = 'tests/fixtures/seed-article';

describe('the article note in two Firefox tabs', () => {
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

  it('shows the note written in one reader tab in the other', async () => {
    const page = await ff.newTab(site.url('/page.html'));
    const popup = await ff.clickToolbar(page);
    await popup.waitFor((view) => view.document.querySelector<HTMLElement>('.save-status')?.dataset.state === 'saved');
    await popup.close();
    await page.close();
    const [article] = (await ff.dumpDatabase()).articles as { id: string }[];

    const openNote = async (): Promise<Page> => {
      const reader = await ff.openExtensionPage(`reader.html?id=${article!.id}`);
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
