import { browser } from 'wxt/browser';

/** Address of the full-tab reader for one saved article. */
export function readerHref(id: string): string {
  return `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}`;
}
