import { testHooks } from './hooks';

// Reached with Playwright's page.evaluate on this extension page only: web pages cannot see an
// extension page's globals. The page exists only in a test build (LISEUSE_TEST_BUILD=1).
globalThis.liseuseTest = testHooks;
