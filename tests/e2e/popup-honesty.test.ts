import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AttachedTarget } from '../../scripts/harness/cdp-target';
import { attachToPopup } from '../../scripts/harness/popup';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { clickToolbar } from '../../scripts/harness/toolbar';
import { clickToolbarOnFailedPage, HOST_NOT_FOUND_ARGS, UNREACHABLE_ORIGIN } from '../support/failed-page';
import { launchTestBrowser, type TestBrowser } from '../support/test-browser';

// What the popup must not get wrong: Undo clicked twice, Keep images offered where it cannot
// help (an image missing on the page's own server), and a page that did not load at all.
const PARAGRAPH =
  'Le lac était calme ce matin-là, et la brume se levait lentement au-dessus de l’eau, ' +
  'laissant apparaître les collines qui l’entourent comme un décor que l’on découvre au lever du rideau.';

const brokenImagePage = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Une image perdue</title></head>
<body><main><article><h1>Une image perdue</h1>
${[0, 1, 2, 3, 4].map(() => `<p>${PARAGRAPH}</p>`).join('\n')}
<figure><img src="/images/gone.jpg" alt="Le ponton au matin" width="600" height="400"></figure>
<p>${PARAGRAPH}</p>
</article></main></body></html>`;

describe('popup: no misleading state', () => {
  let ext: TestBrowser;
  let site: FixtureServer;

  beforeAll(async () => {
    site = await serveFixture('tests/fixtures/browser-pages', { '/broken-image.html': { html: brokenImagePage } });
  });
  afterAll(async () => {
    await site?.close();
  });
  // A fresh browser per test; a name that never resolves is answered by Chromium itself.
  beforeEach(async () => {
    ext = await launchTestBrowser({ extraArgs: HOST_NOT_FOUND_ARGS });
  });
  afterEach(async () => {
    await ext?.close();
  });

  async function openPopupOn(url: string): Promise<AttachedTarget> {
    if (url.startsWith(UNREACHABLE_ORIGIN)) await clickToolbarOnFailedPage(ext, url);
    else {
      const page = await ext.context.newPage();
      await page.goto(url);
      await clickToolbar(ext, page);
    }
    return attachToPopup(ext);
  }

  it('removes the article once when Undo is clicked twice, and says it is removed', async () => {
    const address = site.url('/article.html?copy=double-undo');
    const popup = await openPopupOn(address);
    await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'saved'`);
    await popup.evaluate(`(() => {
      const undo = [...document.querySelectorAll('.save-status button')].find((b) => b.textContent === 'Undo');
      undo.click();
      undo.click();
    })()`);
    await popup.waitFor(`['removed', 'failed'].includes(document.querySelector('.save-status')?.dataset.state)`);
    // Let a second delete, if any, come back and overwrite the state.
    await new Promise((done) => setTimeout(done, 500));
    expect(await popup.evaluate<string>(`document.querySelector('.save-status').dataset.state`)).toBe('removed');
    expect(await popup.evaluate<string>(`document.body.innerText`)).not.toContain('no longer in your library');
    const articles = ((await ext.dumpDatabase()).articles ?? []) as { url: string }[];
    expect(articles.filter((a) => a.url === address)).toEqual([]);
  });

  it('does not offer Keep images for an image missing on the page’s own server', async () => {
    const popup = await openPopupOn(site.url('/broken-image.html'));
    await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'saved'`);
    const text = await popup.waitFor<string>(
      `document.querySelector('.popup-notice, .keep-images') && document.body.innerText`,
    );
    expect(text).not.toContain('other site');
    expect(text).toContain('missing on its site');
    expect(
      await popup.evaluate<boolean>(
        `[...document.querySelectorAll('button')].some((b) => b.textContent === 'Keep images')`,
      ),
    ).toBe(false);
  });

  it('says a page that failed to load did not load, and offers to try again', async () => {
    const popup = await openPopupOn(`${UNREACHABLE_ORIGIN}/article`);
    const message = await popup.waitFor<string>(`document.querySelector('.message')?.innerText`);
    expect(message).not.toContain('when you ask it to');
    expect(message).toContain('could not load this page');
    expect(
      await popup.evaluate<string[]>(`[...document.querySelectorAll('.message button')].map((b) => b.textContent)`),
    ).toContain('Try again');
  });
});
