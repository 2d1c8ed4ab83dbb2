import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionDir, launchWithExtension, type ExtensionBrowser } from '../../scripts/harness/launch';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { openTestPage } from '../../scripts/harness/test-page';
import { halfSaved } from '../support/half-saved';
import { TEST_OUT_DIR } from '../support/test-browser';

// The browser killed (SIGKILL) in the middle of a save, 20 times in a row on one profile: each
// time the Library must open again and hold no half-saved article (details without body, body
// without its images, search entries for an article that is not there). Each save brings 60
// images of 200 kB (sent with CORS headers, so the background can fetch them), and the kill
// comes at a random moment from the request to well past the write, so kills land before,
// during and after the transaction.

const KILLS = 20;
const IMAGES = 60;
const IMAGE = Buffer.concat([
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'),
  Buffer.alloc(200 * 1024, 7),
]);

const EXTENSION = extensionDir(process.env.LISEUSE_OUT_DIR ?? TEST_OUT_DIR);

/** The main Chromium process of a profile: its command line names the profile and no --type. */
function browserPid(profile: string): number | null {
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.some((arg) => arg === `--user-data-dir=${profile}`) && !args.some((arg) => arg.startsWith('--type=')))
        return Number(entry);
    } catch {
      // The process ended while being read: not ours any more.
      continue;
    }
  }
  return null;
}

describe('browser killed in the middle of a save', () => {
  let site: FixtureServer;
  let profile: string;

  beforeAll(async () => {
    site = await serveFixture(
      'tests/fixtures/browser-pages',
      {},
      {
        '/img/': { type: 'image/png', body: IMAGE, headers: { 'access-control-allow-origin': '*' } },
      },
    );
    profile = await mkdtemp(join(tmpdir(), 'liseuse-kill-'));
  });

  afterAll(async () => {
    await site?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it(`leaves a Library that opens with no half-saved article, ${KILLS} kills in a row`, async () => {
    const outcomes: { kill: number; articles: number; problems: string[] }[] = [];
    for (let kill = 1; kill <= KILLS; kill += 1) {
      let ext: ExtensionBrowser = await launchWithExtension({ extension: EXTENSION, profile });
      const page = await ext.context.newPage();
      await page.goto(ext.extensionUrl('options.html'));
      const html = Array.from(
        { length: IMAGES },
        (_, index) => `<p>Paragraphe ${index} du lac.</p><img src="${site.url(`/img/${kill}-${index}.png`)}">`,
      ).join('');
      const extraction = {
        url: `https://lac.example/kill/${kill}`,
        title: `Tué au milieu ${kill}`,
        byline: null,
        siteName: 'Lac',
        lang: 'fr',
        dir: null,
        publishedTime: null,
        leadImage: null,
        excerpt: null,
        wordCount: 200,
        readingMinutes: 1,
        html,
        text: `Paragraphe du lac numéro ${kill}`,
      };
      // Not awaited: the kill comes while the background downloads and writes.
      void page
        .evaluate((data) => chrome.runtime.sendMessage({ liseuse: 'saveArticle', data }), {
          extraction,
          pageUrl: extraction.url,
        })
        .catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 2_500));
      const pid = browserPid(profile);
      expect(pid).not.toBeNull();
      process.kill(pid!, 'SIGKILL');
      await ext.context.close().catch(() => undefined);

      ext = await launchWithExtension({ extension: EXTENSION, profile });
      // The hooks page reads the Library through lib/storage: it throws if the database cannot open.
      const testPage = await openTestPage(ext);
      const db = await testPage.evaluate(() => globalThis.liseuseTest!.dumpDatabase());
      // The Library page opens on it (it would say so if the database were unusable).
      const library = await ext.context.newPage();
      await library.goto(ext.extensionUrl('library.html'));
      await library.waitForSelector('#app *');
      const alert = await library.locator('[role=alert], .message[data-reason]').count();
      outcomes.push({
        kill,
        articles: (db.articles ?? []).length,
        problems: [...halfSaved(db), ...(alert ? ['the Library showed an error'] : [])],
      });
      await ext.close();
    }
    console.log(outcomes.map(({ kill, articles }) => `kill ${kill}: ${articles} articles`).join('; '));
    expect(outcomes.flatMap((outcome) => outcome.problems)).toEqual([]);
    // Kills landed on both sides of the commit: some saves are there, some are not.
    const saved = outcomes.at(-1)!.articles;
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThan(KILLS);
  }, 1_200_000);
});
