import { browser } from 'wxt/browser';

/** Address of the full-page Library. */
export function libraryHref(): string {
  return browser.runtime.getURL('/library.html');
}

/** Address of the full-tab reader for one saved article. */
export function readerHref(id: string): string {
  return `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}`;
}

/** Address of the options page. */
export function optionsHref(): string {
  return browser.runtime.getURL('/options.html');
}

/** Opens a page in a new tab: the popup Library's keyboard "open", where no link is clicked. */
export function openInNewTab(url: string): void {
  browser.tabs.create({ url }).catch((error: unknown) => console.warn('Liseuse: could not open a tab', url, error));
}
