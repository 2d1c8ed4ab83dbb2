import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

/**
 * A test build (`npm run build:test`: LISEUSE_TEST_BUILD=1) adds one page, /test-hooks.html
 * (scripts/test-page/), through which the end-to-end tests and bench/library seed and read the
 * Library. A production build never has it (tests/e2e/production-build.test.ts checks).
 */
const TEST_BUILD = process.env.LISEUSE_TEST_BUILD === '1';

/** The content security policy of every extension page (popup, reader, Library, options, offscreen, background). */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob: data:",
  "font-src 'self' data:",
  "style-src 'self'",
  // The background downloads the images of an article being saved, and Save link's pages.
  "connect-src 'self' http: https:",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The content security policy of the parser sandbox (Chrome). */
const SANDBOX_CSP = [
  'sandbox allow-scripts',
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
].join('; ');

export default defineConfig({
  imports: false,
  vite: () => ({
    build: {
      modulePreload: {
        // The popup's preload links make Chromium fetch every chunk before it runs the popup's small
        // first script (entrypoints/popup-boot.ts), which takes or starts the extraction: measured
        // when the popup started it, the seed article painted 10–60 ms later with them, the busier
        // the machine the more; since the click starts it in the background (Chrome), the boot ran
        // 15–20 ms later with them for no clear gain in the paint (bench/click-to-view). Its module
        // script finds the same chunks on its own.
        resolveDependencies: (_file, dependencies, { hostId, hostType }) =>
          hostType === 'html' && hostId.endsWith('/popup/index.html') ? [] : dependencies,
      },
    },
  }),
  // Lets two builds (e.g. a test run and a benchmark) live side by side.
  outDir: process.env.LISEUSE_OUT_DIR ?? '.output',
  hooks: {
    // Chrome: no default popup, so that the toolbar click reaches the background, which starts
    // the extraction in the tab while the browser opens the popup (lib/popup/toolbar-click.ts):
    // the seed article is painted 75–120 ms sooner with the worker awake, about as soon as before
    // when the click has to wake it (bench/click-to-view, BENCHMARKS.md). Firefox keeps it.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox' && manifest.action) delete manifest.action.default_popup;
    },
    'entrypoints:found': (_wxt, entrypoints) => {
      if (!TEST_BUILD) return;
      const inputPath = fileURLToPath(new URL('./scripts/test-page/index.html', import.meta.url));
      entrypoints.push({ name: 'test-hooks', inputPath, type: 'unlisted-page' });
    },
  },
  // Permissions, and why each (README "Permissions"): no host permission and no content script
  // on every page; the extraction script is injected only when the user asks.
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'activeTab', // read the page the user opened Liseuse on, only then
      'scripting', // inject /extract.js into that page
      'storage', // settings (auto-save)
      'unlimitedStorage', // the Library keeps articles and their images in IndexedDB
      'contextMenus', // "Save page to Liseuse", "Save link to Liseuse"
      // Chrome's service worker has no DOM: Save link parses pages in an offscreen document.
      // Firefox's event page has one (and no offscreen API).
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Asked at the moment it helps (keeping a site's images, saving a link to another site).
    optional_host_permissions: ['<all_urls>'],
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+L' } },
    },
    // Every extension page runs only Liseuse's own scripts (no inline script, no eval, no remote
    // code) and never touches the network for a stored article: images come from the Library as
    // blob: URLs, so a remote <img> (a tracking pixel too) is blocked. Only the background's own
    // fetches (images being saved, Save link) reach the network. Each source is named by a test
    // (tests/manifest/built-manifest.test.ts), which fails on any source added without one.
    content_security_policy: {
      extension_pages: EXTENSION_PAGES_CSP,
      // Chrome's parser sandbox (entrypoints/parser.sandbox): scripts from the extension only,
      // nothing else loads. Firefox has no sandbox pages.
      ...(browser === 'firefox' ? {} : { sandbox: SANDBOX_CSP }),
    },
    // Chrome: action.openPopup, which the toolbar click uses (lib/popup/toolbar-click.ts), is open
    // to every extension from Chrome 127.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '127' }),
    // Firefox only: its MV3 needs an add-on id, and Liseuse collects no data at all.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'liseuse@liseuse.org', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
