import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttachedTarget } from '../../scripts/harness/cdp-target';
import { attachToPopup, isPopupOpen } from '../../scripts/harness/popup';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { clickToolbar } from '../../scripts/harness/toolbar';
import { halfSaved } from '../support/half-saved';
import { launchTestBrowser, type TestBrowser } from '../support/test-browser';

// The reader closes the popup while the article is being saved (a click elsewhere, Escape, a
// tab switch). The save belongs to the background, which downloads the images and writes
// everything in one transaction: the article ends up whole, never half. To close it provably
// in the middle, the test server holds the article's image downloads: at the moment of closing,
// the background has asked for them and nothing is written yet.

const IMAGES = 12;
const IMAGE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const PAGE = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Le lac en hiver</title></head><body><main><article>
<h1>Le lac en hiver</h1>
${Array.from(
  { length: IMAGES },
  (
    _,
    index,
  ) => `<p>Le lac gèle lentement, paragraphe ${index}, et les promeneurs s’aventurent sur la glace avec prudence, écoutant les craquements sourds qui montent des profondeurs, pendant que les enfants glissent en riant près de la rive.</p>
<figure><img src="/img/hiver-${index}.png" alt="Le lac, vue ${index}" width="600" height="400"></figure>`,
).join('\n')}
</article></main></body></html>`;

/** Image downloads the server holds until the test lets them through. */
class HeldDownloads {
  holding = false;
  private waiting: (() => void)[] = [];

  /** The server's hold hook: answers at once unless holding. */
  hold = (path: string): Promise<void> => {
    void path;
    return this.holding ? new Promise((resolve) => this.waiting.push(resolve)) : Promise.resolve();
  };

  /** Downloads asked for and not answered yet. */
  get pending(): number {
    return this.waiting.length;
  }

  /** Lets `count` held downloads through (all by default; then stops holding). */
  release(count = Infinity): void {
    if (count === Infinity) this.holding = false;
    for (const resolve of this.waiting.splice(0, count)) resolve();
  }
}

describe('popup closed in the middle of a save', () => {
  let ext: TestBrowser;
  let site: FixtureServer;
  let downloads: HeldDownloads;

  beforeEach(async () => {
    ext = await launchTestBrowser();
    downloads = new HeldDownloads();
    // CORS headers: the background downloads the images itself, each asked for once.
    site = await serveFixture(
      'tests/fixtures/browser-pages',
      { '/hiver.html': { html: PAGE } },
      {
        '/img/': {
          type: 'image/png',
          body: IMAGE,
          headers: { 'access-control-allow-origin': '*' },
          hold: downloads.hold,
        },
      },
    );
  });

  afterEach(async () => {
    downloads?.release();
    await site?.close();
    await ext?.close();
  });

  /** Opens the page (its own pictures load freely), then holds every later download and clicks the toolbar. */
  async function startSaving(): Promise<AttachedTarget> {
    const page = await ext.context.newPage();
    await page.goto(site.url('/hiver.html'));
    downloads.holding = true;
    await clickToolbar(ext, page);
    const popup = await attachToPopup(ext);
    await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'saving'`);
    return popup;
  }

  /** Closes the popup and waits until the browser lists it no more. */
  async function closeAndWait(popup: AttachedTarget): Promise<void> {
    await popup.close();
    await expect.poll(() => isPopupOpen(ext)).toBe(false);
  }

  async function expectSavedWhole(): Promise<void> {
    await expect.poll(async () => ((await ext.dumpDatabase()).articles ?? []).length, { timeout: 20_000 }).toBe(1);
    const db = await ext.dumpDatabase();
    expect(halfSaved(db)).toEqual([]);
    const [article] = db.articles as { id: string; title: string; imageCount: number }[];
    expect(article).toMatchObject({ title: 'Le lac en hiver', imageCount: IMAGES });
    expect(
      (db.bodies as { articleId: string; text: string }[]).find((body) => body.articleId === article!.id)?.text,
    ).toContain('paragraphe 11');
  }

  it('closed while every image download is in flight: nothing is written yet, then the whole article', async () => {
    const popup = await startSaving();
    await expect.poll(() => downloads.pending).toBeGreaterThan(0);
    expect((await ext.dumpDatabase()).articles ?? []).toEqual([]);
    await closeAndWait(popup);
    downloads.release();
    await expectSavedWhole();
  });

  it('closed with some images downloaded and others in flight: still the whole article, never half', async () => {
    const popup = await startSaving();
    // The first round of parallel downloads is in; half of it answered, the next ones asked for.
    await expect.poll(() => downloads.pending).toBeGreaterThanOrEqual(4);
    downloads.release(3);
    await expect.poll(() => downloads.pending).toBeGreaterThanOrEqual(4);
    expect((await ext.dumpDatabase()).articles ?? []).toEqual([]);
    await closeAndWait(popup);
    downloads.release();
    await expectSavedWhole();
  });
});
