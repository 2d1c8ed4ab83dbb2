import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Permissions and the content security policy are the reader's trust. This reads the BUILT
// manifest (what a browser installs, after WXT) and fails when a permission, a host permission or
// a CSP source appears that no test names: each entry below points at the test that shows why it
// is there (or that it holds), and that test must exist. Adding a permission means adding its row
// here, with its test. (In the e2e project because `npm run test:e2e` builds first.)

/** A test that shows an entry is needed or holds: its file and (part of) its title. */
type NamedBy = [file: string, title: string];

const PERMISSIONS: Record<string, NamedBy> = {
  activeTab: ['tests/e2e/popup-states.test.ts', 'cannot read a page nobody clicked on'],
  scripting: [
    'tests/capture/extract-in-tab.test.ts',
    'injects /extract.js, then takes the rest of the article the page prepared',
  ],
  storage: ['tests/storage/auto-save-setting.test.ts', 'is on by default and remembers being turned off'],
  unlimitedStorage: ['tests/e2e/library.test.ts', 'keeps only about a screenful of rows in the DOM for 2,000 articles'],
  contextMenus: ['tests/saving/badge-and-menus.test.ts', 'creates the two menu items with translated titles'],
  offscreen: ['tests/e2e/save-link-sandbox.test.ts', 'parses a hostile page in the sandbox'],
};

const OPTIONAL_HOST_PERMISSIONS: Record<string, NamedBy> = {
  '<all_urls>': ['tests/e2e/other-site-images.test.ts', 'a real click on Keep images asks the browser'],
};

/** Each CSP source, as "directive source". */
const EXTENSION_PAGES_CSP: Record<string, NamedBy> = {
  "default-src 'self'": ['tests/e2e/hostile-corpus.test.ts', 'never let a payload call home'],
  "script-src 'self'": ['tests/e2e/hostile-corpus.test.ts', 'with nothing of it running in the popup'],
  "object-src 'none'": ['tests/e2e/hostile-corpus.test.ts', 'with nothing of it running in the popup'],
  "img-src 'self'": ['tests/e2e/seed-article.test.ts', 'opens the saved article in the reader offline'],
  'img-src blob:': [
    'tests/e2e/seed-article.test.ts',
    'opens the saved article in the reader offline, every image from local storage',
  ],
  'img-src data:': ['tests/extract/hostile-corpus.test.ts', 'hostile corpus through the extraction pipeline'],
  "media-src 'self'": ['tests/e2e/hostile-corpus.test.ts', 'never let a payload call home'],
  'media-src blob:': ['tests/e2e/hostile-corpus.test.ts', 'never let a payload call home'],
  'media-src data:': ['tests/e2e/hostile-corpus.test.ts', 'never let a payload call home'],
  "font-src 'self'": ['tests/e2e/library-reader.test.ts', 'applies reader settings from the keyboard'],
  'font-src data:': ['tests/e2e/library-reader.test.ts', 'applies reader settings from the keyboard'],
  "style-src 'self'": ['tests/e2e/library-reader.test.ts', 'applies reader settings from the keyboard'],
  "connect-src 'self'": [
    'tests/saving/store-images.test.ts',
    'keeps at most MAX_IMAGES images and reports the rest as missing',
  ],
  'connect-src http:': ['tests/e2e/other-site-images.test.ts', 'a real click on Keep images asks the browser'],
  'connect-src https:': ['tests/e2e/other-site-images.test.ts', 'a real click on Keep images asks the browser'],
  "frame-src 'self'": ['tests/e2e/save-link-sandbox.test.ts', 'parses a hostile page in the sandbox'],
  "base-uri 'none'": ['tests/e2e/hostile-corpus.test.ts', 'filed under an address the page may claim'],
  "form-action 'none'": ['tests/e2e/hostile-corpus.test.ts', 'with nothing of it running in the popup'],
};

const SANDBOX_CSP: Record<string, NamedBy> = {
  'sandbox allow-scripts': ['tests/e2e/save-link-sandbox.test.ts', 'parses a hostile page in the sandbox'],
  "default-src 'none'": ['tests/e2e/save-link-sandbox.test.ts', 'parses a hostile page in the sandbox'],
  "script-src 'self'": ['tests/e2e/save-link-sandbox.test.ts', 'parses a hostile page in the sandbox'],
  "style-src 'self'": ['tests/e2e/save-link-sandbox.test.ts', 'parses a hostile page in the sandbox'],
  "img-src 'self'": ['tests/e2e/save-link-sandbox.test.ts', 'parses a hostile page in the sandbox'],
  'img-src blob:': ['tests/e2e/save-link-sandbox.test.ts', 'parses a hostile page in the sandbox'],
  'img-src data:': ['tests/e2e/save-link-sandbox.test.ts', 'parses a hostile page in the sandbox'],
};

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  sandbox?: { pages: string[] };
  web_accessible_resources?: unknown[];
  content_scripts?: unknown[];
  externally_connectable?: unknown;
  action?: { default_popup?: string };
  minimum_chrome_version?: string;
}

/** "a b c; d e" → ["a b", "a c", "d e"]: each directive with each of its sources. */
function cspSources(policy: string | undefined): string[] {
  return (policy ?? '')
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((words) => words[0])
    .flatMap(([directive, ...sources]) =>
      sources.length ? sources.map((source) => `${directive} ${source}`) : [directive],
    );
}

function unnamed(entries: string[], table: Record<string, NamedBy>): string[] {
  return entries.filter((entry) => !table[entry]);
}

function missingTests(table: Record<string, NamedBy>): string[] {
  return Object.entries(table)
    .filter(([, [file, title]]) => !existsSync(file) || !readFileSync(file, 'utf8').includes(title))
    .map(([entry, [file, title]]) => `${entry}: no test "${title}" in ${file}`);
}

// The e2e run builds the test build (the same manifest: its hooks page is an unlisted page);
// production and Firefox builds are checked too when present.
const builds = [
  {
    browser: 'chrome (test build)',
    file: `${process.env.LISEUSE_OUT_DIR ?? '.output-test'}/chrome-mv3/manifest.json`,
    required: true,
  },
  { browser: 'chrome', file: '.output/chrome-mv3/manifest.json', required: false },
  { browser: 'firefox', file: '.output/firefox-mv3/manifest.json', required: false },
  {
    browser: 'firefox (test build)',
    file: `${process.env.LISEUSE_OUT_DIR ?? '.output-test'}/firefox-mv3/manifest.json`,
    required: false,
  },
];

describe('the built manifest asks for nothing no test names', () => {
  it('names a test for every entry of the tables, and each test exists', () => {
    expect([PERMISSIONS, OPTIONAL_HOST_PERMISSIONS, EXTENSION_PAGES_CSP, SANDBOX_CSP].flatMap(missingTests)).toEqual(
      [],
    );
  });

  // Firefox's builds are checked when they exist (`npm run test:firefox` builds the test one).
  for (const build of builds.filter((candidate) => candidate.required || existsSync(candidate.file))) {
    it(`${build.browser}: permissions, host permissions and CSP sources`, () => {
      const manifest = JSON.parse(readFileSync(build.file, 'utf8')) as Manifest;
      expect({
        permissions: unnamed(manifest.permissions ?? [], PERMISSIONS),
        optionalPermissions: manifest.optional_permissions ?? [],
        hostPermissions: manifest.host_permissions ?? [],
        optionalHostPermissions: unnamed(manifest.optional_host_permissions ?? [], OPTIONAL_HOST_PERMISSIONS),
        extensionPagesCsp: unnamed(cspSources(manifest.content_security_policy?.extension_pages), EXTENSION_PAGES_CSP),
        sandboxCsp: unnamed(cspSources(manifest.content_security_policy?.sandbox), SANDBOX_CSP),
        // Nothing a web page could load or talk to.
        webAccessible: manifest.web_accessible_resources ?? [],
        contentScripts: manifest.content_scripts ?? [],
        externallyConnectable: manifest.externally_connectable ?? null,
      }).toEqual({
        permissions: [],
        optionalPermissions: [],
        hostPermissions: [],
        optionalHostPermissions: [],
        extensionPagesCsp: [],
        sandboxCsp: [],
        webAccessible: [],
        contentScripts: [],
        externallyConnectable: null,
      });
    });
  }

  // Chrome's click reaches the background, which starts the extraction while the browser opens
  // the popup (lib/popup/toolbar-click.ts); Firefox's opens its popup, which starts it.
  for (const build of builds.filter((candidate) => candidate.required || existsSync(candidate.file))) {
    it(`${build.browser}: the toolbar button ${build.browser.startsWith('firefox') ? 'opens the popup' : 'reaches the background'}`, () => {
      const manifest = JSON.parse(readFileSync(build.file, 'utf8')) as Manifest;
      const firefox = build.browser.startsWith('firefox');
      expect(manifest.action?.default_popup).toBe(firefox ? 'popup.html' : undefined);
      // action.openPopup is open to every extension from Chrome 127.
      expect(manifest.minimum_chrome_version).toBe(firefox ? undefined : '127');
    });
  }

  it('chrome: every extension page runs only its own scripts and loads pictures only from itself', () => {
    const manifest = JSON.parse(readFileSync(builds[0].file, 'utf8')) as Manifest;
    const sources = cspSources(manifest.content_security_policy?.extension_pages);
    expect(sources.filter((source) => source.startsWith('script-src'))).toEqual(["script-src 'self'"]);
    expect(sources.filter((source) => source.startsWith('img-src'))).toEqual([
      "img-src 'self'",
      'img-src blob:',
      'img-src data:',
    ]);
    expect(sources.some((source) => /unsafe-(?:inline|eval)|wasm-unsafe-eval|https?:\/\//.test(source))).toBe(false);
    expect(manifest.sandbox?.pages).toEqual(['parser.html']);
  });
});
