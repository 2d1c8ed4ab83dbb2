import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS } from '../../scripts/harness/artifacts';
import { TargetClosedError, type AttachedTarget } from '../../scripts/harness/cdp-target';
import { attachToPopup, isPopupOpen } from '../../scripts/harness/popup';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { clickToolbar } from '../../scripts/harness/toolbar';
import { launchTestBrowser, type TestBrowser } from '../support/test-browser';

// Images on another site (a CDN) are not covered by activeTab, and a host that sends no CORS
// headers refuses the extension's fetch: the popup saves the text, then offers to keep them.
// Headless Chromium cannot answer the permission prompt, so this checks the offer, not a grant.
const IMAGES = ['/wp-content/uploads/2025/04/bureau-nuit.jpg', '/wp-content/uploads/2025/03/defile-300x169.jpg'];

function articleHtml(cdn: string): string {
  const paragraph =
    'Le lac était calme ce matin-là, et la brume se levait lentement au-dessus de l’eau, ' +
    'laissant apparaître les collines qui l’entourent comme un décor que l’on découvre au lever du rideau.';
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Les images du lac</title></head>
<body><main><article><h1>Les images du lac</h1>
${[0, 1, 2, 3, 4].map(() => `<p>${paragraph}</p>`).join('\n')}
<figure><img src="${cdn}${IMAGES[0]}" alt="Un bureau la nuit" width="600" height="400"></figure>
<p>${paragraph}</p>
<figure><img src="${cdn}${IMAGES[1]}" alt="Un défilé" width="300" height="169"></figure>
<p>${paragraph}</p>
</article></main></body></html>`;
}

describe('images on another site', () => {
  let ext: TestBrowser;
  let site: FixtureServer;
  let cdn: FixtureServer;

  beforeAll(async () => {
    // Two servers, two ports: two origins. Neither sends CORS headers.
    cdn = await serveFixture('tests/fixtures/seed-article/site');
    site = await serveFixture('tests/fixtures/browser-pages', { '/lac.html': { html: articleHtml(cdn.origin) } });
  });
  afterAll(async () => {
    await site?.close();
    await cdn?.close();
  });
  // A fresh browser per test: an empty Library, and no permission granted by another test.
  beforeEach(async () => {
    ext = await launchTestBrowser();
  });
  afterEach(async () => {
    await ext?.close();
  });

  /** Opens the popup on the article with a real toolbar click; resolves once the offer shows. */
  async function popupWithOffer(): Promise<{ popup: AttachedTarget; offer: string; close(): Promise<void> }> {
    const page = await ext.context.newPage();
    await page.goto(site.url('/lac.html'));
    await clickToolbar(ext, page);
    const popup = await attachToPopup(ext);
    await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'saved'`);
    const offer = await popup.waitFor<string>(
      `document.querySelector('.popup-notice .button.primary') && document.querySelector('.popup-notice').innerText`,
    );
    return {
      popup,
      offer,
      close: async () => {
        await popup.close().catch(() => undefined);
        await page.close();
      },
    };
  }

  it('saves the text and offers to keep the images, naming the other site', async () => {
    const { popup, offer: status, close } = await popupWithOffer();
    const cdnHost = new URL(cdn.origin).host;
    expect(status).toContain('2 images could not be kept');
    expect(status).toContain(`2 are on sites Liseuse may read only with your permission (${cdnHost})`);
    expect(await popup.evaluate<string>(`document.querySelector('.popup-notice .button.primary')?.textContent`)).toBe(
      'Keep images',
    );
    // The bar stays one line: the explanation is in the notice under it.
    expect(
      await popup.evaluate<number>(`document.querySelector('.popup-bar').getBoundingClientRect().height`),
    ).toBeLessThan(60);
    // The article is readable meanwhile, its images shown as placeholders with their alt text.
    expect(
      await popup.evaluate<string[]>(`[...document.querySelectorAll('.article-body img')].map((img) => img.alt)`),
    ).toEqual(['Un bureau la nuit', 'Un défilé']);
    await popup.screenshot(`${ARTIFACTS}/popup-other-site-images.png`);
    await close();
  });

  it('without a user gesture it cannot ask: it says the images stay placeholders', async () => {
    const { popup, close } = await popupWithOffer();
    // Runtime.evaluate's click carries no user gesture, so permissions.request refuses at once.
    await popup.evaluate(`document.querySelector('.popup-notice .button.primary').click()`);
    // The notice says the prompt is awaited, then, refused at once, that the images stay placeholders.
    const said = await popup.waitFor<string>(
      `(() => { const text = document.querySelector('.popup-notice')?.innerText ?? ''; return text.includes('placeholders') && text; })()`,
    );
    expect(await popup.evaluate<boolean>(`!document.querySelector('.popup-notice .button.primary')`)).toBe(true);
    expect(said).toContain('placeholders with their alt text');
    expect(said).toContain('2 images could not be kept');
    await close();
  });

  it('a real click on Keep images asks the browser: its prompt takes the focus from the popup, or the popup says it waits', async () => {
    const { popup, close } = await popupWithOffer();
    const box = await popup.evaluate<{ x: number; y: number }>(
      `(() => { const r = document.querySelector('.popup-notice .button.primary').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
    );
    const mouse = (type: string) =>
      popup.send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
    await mouse('mousePressed');
    // The release is the click, and the click opens the prompt, which closes the popup: on a busy
    // machine the popup is gone before CDP answers the release. Either outcome is the click landing.
    const released = mouse('mouseReleased').then(
      () => 'answered',
      (error: unknown) => {
        if (error instanceof TargetClosedError) return 'popup closed first';
        throw error;
      },
    );
    // Where the prompt takes the focus, the popup closes: why the background finishes the job
    // (permissions.onAdded). Where it leaves the popup open (Chromium 150 headless, Firefox), the
    // request is pending and the popup says the answer is awaited in the prompt; a click without a
    // gesture would have been refused at once instead (the test above).
    const asked = async () =>
      !(await isPopupOpen(ext)) ||
      (await popup
        .evaluate<boolean>(
          `document.querySelector('.popup-notice [role=status]')?.innerText.includes('prompt') === true`,
        )
        .catch(() => true));
    await expect.poll(asked, { timeout: 10_000 }).toBe(true);
    expect(['answered', 'popup closed first']).toContain(await released);
    // A refusal comes at once, before CDP answers the release: still waiting means the prompt is open.
    if (await isPopupOpen(ext)) {
      const text = await popup
        .evaluate<string>(`document.querySelector('.popup-notice')?.innerText ?? ''`)
        .catch(() => '');
      expect(text).not.toContain('placeholders');
    }
    await close();
  });
});
