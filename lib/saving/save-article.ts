import { saveArticle as writeArticle } from '../storage/database';
import { ensureMarkdown } from './ensure-markdown';
import type { Extraction } from '../extract/types';
import { listImageUrls } from './image-urls';
import type { SaveArticleResponse } from '../shared/messages';
import { storeImages, type ImageSources } from './store-images';

/** Where an extraction came from: the tab address, and the tab itself when it is still open. */
export interface SaveSource {
  pageUrl: string;
  tabId?: number;
}

/**
 * Saves an extraction for offline reading: downloads the article's images and lead image FIRST
 * (a transaction cannot wait for the network), then writes metadata, body and images in one
 * transaction. Images that cannot be downloaded are reported, never a reason to fail.
 */
export async function saveArticle(
  extraction: Extraction,
  source: SaveSource,
  sources?: ImageSources,
): Promise<SaveArticleResponse> {
  const urls = listImageUrls(extraction.html);
  if (extraction.leadImage && /^https?:/i.test(extraction.leadImage)) urls.push(extraction.leadImage);
  const found = await storeImages(urls, { tabId: source.tabId, url: source.pageUrl }, sources);
  const saved = await writeArticle({
    extraction: await ensureMarkdown(extraction),
    pageUrl: source.pageUrl,
    images: found.images,
    missingImageCount: found.missing.length,
  });
  if (!saved.ok) return saved;
  return {
    ok: true,
    articleId: saved.article.id,
    created: saved.created,
    images: { stored: found.images.length, missing: found.missing.length, missingOrigins: found.missingOrigins },
  };
}
