/**
 * Schemes no extension may script: browser UI and settings, other extensions, source views,
 * and data: documents (Chrome refuses to inject into them).
 */
const RESTRICTED_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'data:',
  'javascript:',
  'blob:',
]);

/** Extension galleries: every browser forbids scripting them, to protect installs. */
const RESTRICTED_PAGES: ReadonlyArray<{ host: string; path?: string }> = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
];

/**
 * Whether the browser forbids scripting `url`. file:// is restricted unless the user allowed
 * the extension file access (`fileAccess`, from `extension.isAllowedFileSchemeAccess()`).
 */
export function isRestrictedUrl(url: string, fileAccess = false): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL at all (an empty new tab reports ""): nothing there to read.
    return true;
  }
  if (parsed.protocol === 'file:') return !fileAccess;
  if (RESTRICTED_SCHEMES.has(parsed.protocol)) return true;
  return RESTRICTED_PAGES.some(
    ({ host, path }) => parsed.hostname === host && (!path || parsed.pathname.startsWith(path)),
  );
}

/** Whether `url` looks like a PDF document by its path (Chrome's viewer keeps the PDF's URL). */
export function isPdfUrl(url: string): boolean {
  try {
    return new URL(url).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}
