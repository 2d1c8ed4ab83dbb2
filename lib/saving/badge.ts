import { browser } from 'wxt/browser';
import { findArticleByUrl } from '../storage/articles';
import { t } from '../shared/i18n';
import { isHttpUrl } from '../shared/urls';

/** Badge text on the toolbar button of a tab whose page is in the Library. */
export const SAVED_BADGE = '✓';
/** A calm green that reads on light and dark toolbars alike. */
const SAVED_COLOR = '#2e7d32';

/** Shows on a tab's toolbar button whether its page is saved; `url` unknown clears it. */
export async function updateBadge(tabId: number, url: string | undefined): Promise<void> {
  let saved = false;
  if (url && isHttpUrl(url)) {
    try {
      saved = (await findArticleByUrl(url)) !== undefined;
    } catch (error) {
      // A Library that cannot open (e.g. a newer version) shows no badge; the popup explains.
      console.warn('Liseuse: badge lookup failed', error);
    }
  }
  try {
    await browser.action.setBadgeText({ tabId, text: saved ? SAVED_BADGE : '' });
    if (saved) await browser.action.setBadgeBackgroundColor({ tabId, color: SAVED_COLOR });
    await browser.action.setTitle({ tabId, title: t(saved ? 'actionTitleSaved' : 'extName') });
  } catch (error) {
    // The tab closed while we looked: nothing to show it on.
    console.debug('Liseuse: badge not updated', tabId, error);
  }
}

/**
 * Refreshes every tab whose address the extension may see. Without the `tabs` permission (not
 * requested, for privacy) that is the tabs the user opened Liseuse on and granted sites.
 */
export async function refreshAllBadges(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.flatMap((tab) => (tab.id === undefined ? [] : [updateBadge(tab.id, tab.url)])));
}
