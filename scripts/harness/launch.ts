/**
 * Real-browser harness for Liseuse's end-to-end tests, benchmarks and `npm start` (development
 * tooling: nothing under scripts/ is bundled into the extension). One file per job:
 *
 *   launch.ts    Chromium with the built extension loaded (this file)
 *   serve.ts     a local web server for test pages, on 127.0.0.1, with no CORS headers
 *   toolbar.ts   a real click on Liseuse's toolbar button (CDP Extensions.triggerAction)
 *   popup.ts     attaching to the popup that click opened (a target Playwright does not list)
 *   cdp-target.ts  driving any target through raw CDP messages (the popup's evaluate, input…)
 *   test-page.ts the test build's hooks page (scripts/test-page/): seeding and reading the Library
 *   firefox.ts   the same jobs in Firefox ESR, over WebDriver BiDi (the Firefox suite, tests/firefox/)
 *
 * Typical use:
 *
 *   const ext = await launchWithExtension();            // Chromium with the built extension
 *   const site = await serveFixture('tests/fixtures/seed-article/site', { '/page.html': '…/page.html' });
 *   const page = await ext.context.newPage();
 *   await page.goto(site.url('/page.html'));
 *   await clickToolbar(ext, page);                      // opens the popup, grants activeTab
 *   const popup = await attachToPopup(ext);             // the popup of that click
 *   await popup.waitFor('!!document.querySelector("article")');
 *   await popup.close(); await site.close(); await ext.close();
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Worker } from 'playwright-core';

/** A Chromium persistent context with Liseuse loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker. */
  serviceWorker: Worker;
  /** Browser-level CDP session (Target.*, Extensions.*). */
  cdp: CDPSession;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** The built extension in `outDir` (default `$LISEUSE_OUT_DIR`, else `.output`): `<outDir>/chrome-mv3`. */
export function extensionDir(outDir = process.env.LISEUSE_OUT_DIR ?? '.output'): string {
  return resolve(outDir, 'chrome-mv3');
}

/** How to launch: which build, more Chromium switches, with or without a window. */
export interface LaunchOptions {
  /** The unpacked extension to load; `extensionDir()` by default. */
  extension?: string;
  /** More Chromium switches (bench/click-to-view maps every other host to "not found"). */
  extraArgs?: string[];
  /** True by default; `npm start` opens a window when there is a display. */
  headless?: boolean;
  /** More environment for Chromium (on Linux the UI language comes from LANGUAGE as well as --lang). */
  env?: Record<string, string>;
  /** A profile folder to use and keep (a test that kills the browser and starts it again on it); a fresh one by default. */
  profile?: string;
}

/**
 * Launches Chromium (/usr/bin/chromium, or $CHROMIUM_PATH) with the built extension in a fresh
 * profile, and waits for its service worker.
 */
export async function launchWithExtension({
  extension = extensionDir(),
  extraArgs = [],
  headless = true,
  env,
  profile: kept,
}: LaunchOptions = {}): Promise<ExtensionBrowser> {
  await stat(join(extension, 'manifest.json')).catch(() => {
    throw new Error(
      `No built extension at ${extension}: build it first (npm run build, or npm run build:test for tests)`,
    );
  });
  const profile = kept ?? (await mkdtemp(join(tmpdir(), 'liseuse-e2e-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    ...(env ? { env: { ...process.env, ...env } as Record<string, string> } : {}),
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      ...extraArgs,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const browser = context.browser();
  // A persistent context has no Browser object in some versions; fall back to a page-less session.
  const cdp = browser ? await browser.newBrowserCDPSession() : await context.newCDPSession(await context.newPage());
  return {
    context,
    extensionId,
    serviceWorker,
    cdp,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close();
      if (!kept) await rm(profile, { recursive: true, force: true });
    },
  };
}
