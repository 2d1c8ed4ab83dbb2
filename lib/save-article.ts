import { saveArticle as writeArticle } from './db';
import { ensureMarkdown } from './ensure-markdown';
import type { Extraction } from './extract/types';
import { listImageUrls } from './list-image-urls';
import type { SaveArticleResponse } from './messages';
import { addressToFileUnder } from './shared/same-site';
import { storeImages, type ImageSources } from './store-images';

/** Where an extraction came from: the tab address, and the tab itself when it is still open. */
export interface SaveSource {
  pageUrl: string;
  tabId?: number;
  /** Where the page really was when read, after redirects (Save link); `pageUrl` by default. */
  readFrom?: string;
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
  // The page may claim a canonical address on its own site only: filing it under another site's
  // address would overwrite the article saved from there.
  const filed = { ...extraction, url: addressToFileUnder(extraction.url, source.readFrom ?? source.pageUrl) };
  const urls = listImageUrls(filed.html);
  if (filed.leadImage && /^https?:/i.test(filed.leadImage)) urls.push(filed.leadImage);
  const found = await storeImages(urls, { tabId: source.tabId, url: source.pageUrl }, sources);
  const saved = await writeArticle({
    extraction: await ensureMarkdown(filed),
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
