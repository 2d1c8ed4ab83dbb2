import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { refreshAllBadges, updateBadge } from '../lib/saving/badge';
import { createContextMenus, handleContextMenuClick } from '../lib/saving/context-menus';
import { onMessage } from '../lib/shared/messages';
import { retryMissingImages } from '../lib/saving/retry-missing-images';
import { handleSaveArticle, handleTabUpdated } from '../lib/saving/background-handlers';

// Wiring only; the logic lives in lib/. The shortcut (Alt+Shift+L) is `_execute_action`: the
// browser opens the popup itself, so no command handler exists.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void createContextMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void handleContextMenuClick(info, tab));
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs.get(tabId).then((tab) => updateBadge(tabId, tab.url));
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => void handleTabUpdated(tabId, change, tab));
  browser.permissions.onAdded.addListener(({ origins }) => void retryMissingImages(origins ?? []));

  onMessage('saveArticle', handleSaveArticle);
  onMessage('libraryChanged', () => refreshAllBadges());
  onMessage('retryMissingImages', ({ patterns }) => retryMissingImages(patterns));
});
