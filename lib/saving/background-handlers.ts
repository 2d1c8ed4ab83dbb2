import { browser } from 'wxt/browser';
import { refreshAllBadges, updateBadge } from './badge';
import { findArticleByUrl } from '../storage/database';
import type { Extraction } from '../extract/types';
import type { ArticleState, SaveArticleResponse } from '../shared/messages';
import { saveArticle } from './save-article';
import { saveLink } from './save-link';

/** `saveArticle` message: stores the extraction with its images, then updates the badges. */
export async function handleSaveArticle(data: { extraction: Extraction; pageUrl: string; tabId?: number }): Promise<SaveArticleResponse> {
  const result = await saveArticle(data.extraction, { pageUrl: data.pageUrl, tabId: data.tabId });
  if (result.ok) await (data.tabId === undefined ? refreshAllBadges() : updateBadge(data.tabId, data.pageUrl));
  return result;
}

/** `saveLink` message: Save link without a menu click (no gesture: no permission prompt). */
export async function handleSaveLink(data: { url: string; tabId?: number }): Promise<SaveArticleResponse> {
  // The tab's address (visible with activeTab) lets a same-site link be read through the page.
  const tab = data.tabId === undefined ? undefined : await browser.tabs.get(data.tabId).catch(() => undefined);
  const result = await saveLink(data.url, { tabId: tab?.id, tabUrl: tab?.url });
  if (result.ok) await refreshAllBadges();
  return result;
}

/** `getArticleState` message: whether a page is in the Library. */
export async function handleGetArticleState(data: { url: string }): Promise<ArticleState> {
  const article = await findArticleByUrl(data.url);
  return { saved: article !== undefined, articleId: article?.id ?? null };
}

/** Tab events: a page that starts loading loses its badge until its address is checked again. */
export async function handleTabUpdated(tabId: number, change: { status?: string }, tab: { url?: string }): Promise<void> {
  if (change.status === 'loading') await updateBadge(tabId, undefined);
  if (change.status === 'complete') await updateBadge(tabId, tab.url);
}
