import { browser } from 'wxt/browser';

/** Opens an extension page in a new tab; from the popup, a plain link would close nothing else. */
export function openInNewTab(url: string): void {
  void browser.tabs.create({ url });
}
