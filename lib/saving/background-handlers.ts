import { refreshAllBadges, updateBadge } from './badge';
import type { Extraction } from '../extract/types';
import { saveArticle, type SaveArticleResponse } from './save-article';

/** `saveArticle` message: stores the extraction with its images, then updates the badges. */
export async function handleSaveArticle(data: {
  extraction: Extraction;
  pageUrl: string;
  tabId?: number;
}): Promise<SaveArticleResponse> {
  const result = await saveArticle(data.extraction, { pageUrl: data.pageUrl, tabId: data.tabId });
  if (result.ok) await (data.tabId === undefined ? refreshAllBadges() : updateBadge(data.tabId, data.pageUrl));
  return result;
}

/** Tab events: a page that starts loading loses its badge until its address is checked again. */
export async function handleTabUpdated(
  tabId: number,
  change: { status?: string },
  tab: { url?: string },
): Promise<void> {
  if (change.status === 'loading') await updateBadge(tabId, undefined);
  if (change.status === 'complete') await updateBadge(tabId, tab.url);
}
