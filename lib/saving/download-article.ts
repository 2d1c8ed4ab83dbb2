import { browser } from 'wxt/browser';
import { extractHtml } from '../capture/extract-html';
import type { Article } from '../shared/article';
import { originPatterns } from './permissions';
import { placeImportedHighlights } from './place-imported-highlights';
import { saveArticle, type SaveArticleResponse } from './save-article';
import { fetchPage } from './save-link';

/**
 * Fetches and cleans the page of an article imported "not downloaded yet", then saves it in its
 * place (same id, tags and state), with its images, as if saved from the toolbar. Needs the
 * site's permission (asked by the caller, at the click): without it, 'permission-needed'.
 * The highlights imported with it (quotes only) are then placed in its text.
 */
export async function downloadArticle(article: Pick<Article, 'id' | 'url'>): Promise<SaveArticleResponse> {
  const page = await fetchPage(article.url);
  if (!page.ok) {
    if (page.reason !== 'blocked') return { ok: false, reason: page.reason, detail: page.detail };
    const allowed = await browser.permissions.contains({ origins: originPatterns([article.url]) });
    return { ok: false, reason: allowed ? 'fetch-failed' : 'permission-needed', detail: page.detail };
  }
  const extracted = await extractHtml(page.html, page.url);
  if (!extracted.ok) return extracted;
  const saved = await saveArticle(extracted.extraction, { pageUrl: article.url, replaces: article.id });
  // The highlights its export carried are placed in the page now that its text is here.
  if (saved.ok) await placeImportedHighlights(saved.articleId, extracted.extraction.html);
  return saved;
}
