import { writeArticle } from '../storage/articles';
import type { Extraction } from '../extract/types';
import type { Failure, Reason } from '../shared/errors';
import { articleImageUrls } from './image-urls';
import { addressToFileUnder } from '../shared/same-site';
import { storeImages, type ImageSources } from './store-images';
import { makeThumbnail, thumbnailSource } from './thumbnail';

/** Which images a save kept; `missingOrigins` are hosts a permission would let Liseuse read. */
export interface ImagesReport {
  stored: number;
  missing: number;
  /** Of the missing ones, those their server did not send (404…): no permission brings them. */
  unavailable: number;
  /** Origins (e.g. "https://cdn.example") of images not kept for lack of host permission. */
  missingOrigins: string[];
}

/** Result of a save. `created` is false when the URL was already saved and got updated. */
export type SaveArticleResponse =
  { ok: true; articleId: string; created: boolean; images: ImagesReport } | Failure<Reason>;

/** Where an extraction came from: the tab address, and the tab itself when it is still open. */
export interface SaveSource {
  pageUrl: string;
  tabId?: number;
  /** Where the page really was when read, after redirects (Save link); `pageUrl` by default. */
  readFrom?: string;
  /** Id of the imported "not downloaded yet" article this page completes. */
  replaces?: string;
}

/**
 * Saves an extraction for offline reading: downloads the article's images and lead image FIRST
 * (a transaction cannot wait for the network), makes the lead image's thumbnail for the Library,
 * then writes metadata, body, images and thumbnail in one transaction. Images that cannot be downloaded are reported, never a reason to fail.
 */
export async function saveArticle(
  extraction: Extraction,
  source: SaveSource,
  sources?: ImageSources,
): Promise<SaveArticleResponse> {
  // The page may claim a canonical address on its own site only: filing it under another site's
  // address would overwrite the article saved from there.
  const filed = { ...extraction, url: addressToFileUnder(extraction.url, source.readFrom ?? source.pageUrl) };
  const urls = articleImageUrls(filed.html, filed.leadImage);
  const found = await storeImages(urls, { tabId: source.tabId, url: source.pageUrl }, sources);
  const lead = thumbnailSource(found.images, extraction.leadImage);
  const saved = await writeArticle({
    extraction: filed,
    pageUrl: source.pageUrl,
    images: found.images,
    missingImageCount: found.missing.length,
    ...(source.replaces ? { replaces: source.replaces } : {}),
    unavailableImages: found.unavailable,
    thumbnail: lead ? await makeThumbnail(lead.blob) : null,
  });
  if (!saved.ok) return saved;
  return {
    ok: true,
    articleId: saved.article.id,
    created: saved.created,
    images: {
      stored: found.images.length,
      missing: found.missing.length,
      unavailable: found.unavailable.length,
      missingOrigins: found.missingOrigins,
    },
  };
}
