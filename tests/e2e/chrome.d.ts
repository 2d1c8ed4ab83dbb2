// The extension API inside the service worker and extension pages, for functions the tests pass
// to Playwright's evaluate() (they run in the browser, where `chrome` is a global).
declare const chrome: typeof import('wxt/browser').browser;
