import { browser, type Browser } from 'wxt/browser';
import { updateBadge } from './badge';
import { extractInTab } from '../capture/extract-tab-article';
import { saveArticle, type SaveArticleResponse } from './save-article';
import { requestLinkPermission, saveLink } from './save-link';
import { messageKeyFor } from '../shared/errors';
import { t } from '../shared/i18n';

/** Menu item ids. */
export const MENU_SAVE_PAGE = 'liseuse-save-page';
export const MENU_SAVE_LINK = 'liseuse-save-link';

/** Creates the "Save page" and "Save link" menu items (call on install and update). */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SAVE_PAGE, title: t('menuSavePage'), contexts: ['page'] });
  browser.contextMenus.create({ id: MENU_SAVE_LINK, title: t('menuSaveLink'), contexts: ['link'] });
}

/**
 * Handles a menu click. The click grants activeTab on the tab (Save page) and is the user
 * gesture that lets Save link ask for the link's site, so the request is made before any await.
 */
export async function handleContextMenuClick(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'linkUrl'>,
  tab: Pick<Browser.tabs.Tab, 'id' | 'url'> | undefined,
): Promise<SaveArticleResponse | null> {
  const permission =
    info.menuItemId === MENU_SAVE_LINK && info.linkUrl ? requestLinkPermission(info.linkUrl) : undefined;
  let result: SaveArticleResponse | null = null;
  if (info.menuItemId === MENU_SAVE_PAGE && tab?.id !== undefined) {
    const extracted = await extractInTab(tab.id);
    const pageUrl = tab.url ?? (extracted.ok ? extracted.extraction.url : '');
    result = extracted.ok ? await saveArticle(extracted.extraction, { pageUrl, tabId: tab.id }) : extracted;
  } else if (info.menuItemId === MENU_SAVE_LINK && info.linkUrl) {
    result = await saveLink(info.linkUrl, { tabId: tab?.id, tabUrl: tab?.url, permission });
  }
  if (result && tab?.id !== undefined) await showOutcome(tab.id, tab.url, result);
  return result;
}

/** No popup is open after a menu click: the badge says it worked ("✓") or not ("!"). */
async function showOutcome(tabId: number, url: string | undefined, result: SaveArticleResponse): Promise<void> {
  if (result.ok) return updateBadge(tabId, url);
  console.warn('Liseuse: save from the menu failed', result);
  try {
    await browser.action.setBadgeText({ tabId, text: '!' });
    await browser.action.setTitle({ tabId, title: t(messageKeyFor(result.reason)) });
  } catch (error) {
    // The tab closed meanwhile: there is no button left to explain on.
    console.debug('Liseuse: badge not updated', tabId, error);
  }
}
