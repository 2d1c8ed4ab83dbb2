import type { Extraction } from '../extract/types';
import { articleImageUrls } from '../saving/image-urls';

/**
 * Counts an article's images (body and lead image) hosted on `origins` that are not among
 * `stored`: the ones a host permission for those sites would let Liseuse keep.
 */
export function countImagesFrom(
  extraction: Extraction,
  origins: readonly string[],
  stored: ReadonlyMap<string, Blob>,
): number {
  const from = new Set(origins);
  const urls = articleImageUrls(extraction.html, extraction.leadImage);
  return urls.filter((url) => !stored.has(url) && from.has(new URL(url).origin)).length;
}
