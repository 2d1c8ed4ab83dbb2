import { launchFirefox, type FirefoxExtension } from '../../scripts/harness/firefox';
import type { DatabaseDump } from '../../scripts/test-page/hooks';

/** Firefox with the test build installed, in a fresh profile, and its hooks page open. */
export interface FirefoxTestBrowser extends FirefoxExtension {
  /** Every record of every store of the Library, read through lib/storage's connection. */
  dumpDatabase(): Promise<DatabaseDump>;
}

/**
 * Launches Firefox ESR on the Firefox test build (`npm run build:test -- -b firefox --mv3`): an
 * empty Library, default settings, no permission granted. Each test launches its own.
 */
export async function launchFirefoxTestBrowser(): Promise<FirefoxTestBrowser> {
  const ff = await launchFirefox();
  return { ...ff, dumpDatabase: () => ff.testPage.evaluate(() => globalThis.liseuseTest!.dumpDatabase()) };
}
