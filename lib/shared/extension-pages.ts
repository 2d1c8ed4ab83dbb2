import { browser } from 'wxt/browser';

/** Address of the full-page Library. */
export function libraryHref(): string {
  return browser.runtime.getURL('/library.html');
}
