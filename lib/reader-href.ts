import { browser } from 'wxt/browser';

/** Address of the full-tab reader for one saved article, or of the Library without an id. */
export function readerHref(id?: string): string {
  const base = browser.runtime.getURL('/reader.html');
  return id ? `${base}?id=${encodeURIComponent(id)}` : base;
}
