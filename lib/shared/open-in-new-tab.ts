import { browser } from 'wxt/browser';

/** Opens a page in a new tab: the popup Library's keyboard "open", where no link is clicked. */
export function openInNewTab(url: string): void {
  void browser.tabs.create({ url });
}
