import { browser, type Browser } from 'wxt/browser';
import { forgetReadingStartedOnClick, startReadingOnClick } from '../capture/readings-started-on-click';

/** The popup page, as the action knows it. */
const POPUP_PAGE = 'popup.html';

/**
 * The toolbar button (or Alt+Shift+L) on Chrome, whose manifest sets no default popup so that the
 * click reaches the background (wxt.config.ts): the extraction starts in the tab at once, and the
 * popup is opened beside it. Chromium takes ~270 ms to show a popup document, longer than the
 * extraction of most articles, so the popup finds the first part waiting (bench/click-to-view).
 * Firefox keeps its default popup, which starts the extraction itself.
 */
export async function handleToolbarClick(
  tab: Pick<Browser.tabs.Tab, 'id' | 'windowId' | 'url' | 'status'>,
): Promise<void> {
  if (tab.id === undefined) return;
  const readingId = startReadingOnClick({ id: tab.id, url: tab.url, status: tab.status });
  try {
    // openPopup opens the popup set for the tab, so the tab gets one for the moment it opens.
    await browser.action.setPopup({ tabId: tab.id, popup: POPUP_PAGE });
    await openPopupIn(tab.windowId);
  } catch (error) {
    // Dismissed while it loaded (a second click, Escape), or refused: the next click tries again.
    forgetReadingStartedOnClick(tab.id, readingId);
    console.warn('Liseuse: the popup did not open', error);
  } finally {
    await browser.action.setPopup({ tabId: tab.id, popup: '' }).catch(() => {
      // The tab is gone, and its popup with it.
    });
  }
}

/**
 * Opens the popup in `windowId`. Chrome refuses to show a popup in a window it does not consider
 * active, and says to focus the window first. A click makes its window active, but the end-to-end
 * suite once saw a click open no popup, cause unconfirmed: on that refusal the window is focused
 * and asked once more. Any other refusal stands: "Failed to open popup." is also what a popup
 * dismissed while it loaded gives, and asking again would bring back what the reader closed.
 */
async function openPopupIn(windowId: number): Promise<void> {
  try {
    await browser.action.openPopup({ windowId });
  } catch (error) {
    if (!/inactive window/i.test(String(error))) throw error;
    await browser.windows.update(windowId, { focused: true });
    await browser.action.openPopup({ windowId });
  }
}
