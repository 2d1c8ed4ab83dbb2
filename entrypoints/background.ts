import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { refreshAllBadges, updateBadge } from '../lib/saving/badge';
import { createContextMenus, handleContextMenuClick } from '../lib/saving/context-menus';
import { onMessage } from '../lib/shared/messages';
import { retryMissingImages } from '../lib/saving/retry-missing-images';
import { handleSaveArticle, handleTabUpdated } from '../lib/saving/background-handlers';
import { handleToolbarClick } from '../lib/popup/toolbar-click';
import { restOfReadingStartedOnClick, takeReadingStartedOnClick } from '../lib/capture/readings-started-on-click';

// Wiring only; the logic lives in lib/. The shortcut (Alt+Shift+L) is `_execute_action`, the same
// as a click on the toolbar button, so no command handler exists.
export default defineBackground(() => {
  // Chrome only: Firefox's manifest keeps a default popup, and then the click never reaches here.
  browser.action.onClicked.addListener((tab) => void handleToolbarClick(tab));
  browser.runtime.onInstalled.addListener(() => void createContextMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void handleContextMenuClick(info, tab));
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs.get(tabId).then((tab) => updateBadge(tabId, tab.url));
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => void handleTabUpdated(tabId, change, tab));
  browser.permissions.onAdded.addListener(({ origins }) => void retryMissingImages(origins ?? []));

  onMessage('takeReadingStartedOnClick', ({ tabId }) => takeReadingStartedOnClick(tabId));
  onMessage('restOfReadingStartedOnClick', ({ tabId, readingId }) => restOfReadingStartedOnClick(tabId, readingId));
  onMessage('saveArticle', handleSaveArticle);
  onMessage('libraryChanged', () => refreshAllBadges());
  onMessage('retryMissingImages', ({ patterns }) => retryMissingImages(patterns));
});
