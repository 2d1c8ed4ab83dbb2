import type { Page } from 'playwright-core';
import {
  extensionDir,
  launchWithExtension,
  type ExtensionBrowser,
  type LaunchOptions,
} from '../../scripts/harness/launch';
import { isTestBuild, openTestPage } from '../../scripts/harness/test-page';
import type { DatabaseDump } from '../../scripts/test-page/hooks';

/** Where `npm run build:test` puts the test build the end-to-end tests load. */
export const TEST_OUT_DIR = '.output-test';

/** Chromium with the test build loaded, in a fresh profile, and its hooks page open. */
export interface TestBrowser extends ExtensionBrowser {
  /** The hooks page (scripts/test-page/), opened first and left in a background tab. */
  testPage: Page;
  /** Every record of every store of the Library, read through lib/storage's connection. */
  dumpDatabase(): Promise<DatabaseDump>;
}

/**
 * Launches a fresh browser on the test build (`$LISEUSE_OUT_DIR`, else `.output-test`): an
 * empty Library, default settings, no permission granted. Each test launches its own, so none
 * starts from what another left.
 */
export async function launchTestBrowser(options: Pick<LaunchOptions, 'extraArgs' | 'env'> = {}): Promise<TestBrowser> {
  const extension = extensionDir(process.env.LISEUSE_OUT_DIR ?? TEST_OUT_DIR);
  if (!isTestBuild(extension)) {
    throw new Error(
      `No test build at ${extension}: run \`npm run build:test\` (or \`npm run test:e2e\`, which builds it)`,
    );
  }
  const ext = await launchWithExtension({ extension, ...options });
  const testPage = await openTestPage(ext);
  return {
    ...ext,
    testPage,
    dumpDatabase: () => testPage.evaluate(() => globalThis.liseuseTest!.dumpDatabase()),
  };
}
