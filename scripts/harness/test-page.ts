import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch';

/** The test build's hooks page (scripts/test-page/), present only when built with LISEUSE_TEST_BUILD=1. */
export const TEST_PAGE = 'test-hooks.html';

/** Whether the unpacked extension in `extension` is a test build (it has the hooks page). */
export function isTestBuild(extension: string): boolean {
  return existsSync(join(extension, TEST_PAGE));
}

/**
 * Opens the hooks page in a new tab and waits for `globalThis.liseuseTest`: the Library's
 * storage functions, for seeding and reading it (tests, bench/library). Open it before any popup:
 * a new tab takes the focus, and a popup closes when it loses it; later calls on this page, now
 * in a background tab, take no focus.
 */
export async function openTestPage(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl(TEST_PAGE));
  await page.waitForFunction(() => !!globalThis.liseuseTest);
  // tsx (esbuild keepNames) wraps named functions in __name(); bench callbacks run in the page.
  await page.evaluate('globalThis.__name = (fn) => fn');
  return page;
}
