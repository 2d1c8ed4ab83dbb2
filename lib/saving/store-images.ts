import { browser } from 'wxt/browser';
import type { ImageInput } from '../shared/article';
import { MAX_IMAGE_BYTES, MAX_IMAGES } from './image-urls';
import { readImagesThroughPage } from './read-images-through-page';

/** Parallel downloads: as many as a browser opens per host, so a save does not queue forever. */
const CONCURRENCY = 6;
/** A stalled image must not hold the save back. */
const IMAGE_TIMEOUT_MS = 20_000;

/** What `storeImages` found: images to store, the addresses it could not get, and why. */
export interface StoredImages {
  images: ImageInput[];
  missing: string[];
  /** Origins of missing images the extension has no host permission for: asking may help. */
  missingOrigins: string[];
}

/** Where images come from; injectable so tests need no network or browser. */
export interface ImageSources {
  /** Downloads with the extension's own fetch (works with host permission or CORS headers). */
  fetchImage(url: string): Promise<Blob | null>;
  /** Reads same-origin images through the page the article came from (activeTab, no CORS). */
  readThroughPage(tabId: number, urls: string[]): Promise<Map<string, Blob>>;
  /** Whether the extension holds host permission for `origin`. */
  hasOrigin(origin: string): Promise<boolean>;
}

/** Fetches one image with the extension's fetch; null when it is not an image or too big. */
export async function fetchImage(url: string): Promise<Blob | null> {
  try {
    const response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(IMAGE_TIMEOUT_MS) });
    if (!response.ok) return null;
    const blob = await response.blob();
    return blob.type.startsWith('image/') && blob.size <= MAX_IMAGE_BYTES ? blob : null;
  } catch (error) {
    // Without host permission a host that sends no CORS headers fails here: expected, not logged.
    void error;
    return null;
  }
}

const defaultSources: ImageSources = {
  fetchImage,
  readThroughPage: readImagesThroughPage,
  hasOrigin: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
};

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Downloads an article's images so it reads offline. Each image is fetched by the extension
 * (granted hosts, or hosts sending CORS headers); those that fail and share the page's origin
 * are read through the page itself, where they are same-origin. A failed image never fails the
 * save: it is listed in `missing`, with its origin in `missingOrigins` if a permission would help.
 */
export async function storeImages(
  urls: string[],
  page: { tabId?: number; url?: string } = {},
  sources: ImageSources = defaultSources,
): Promise<StoredImages> {
  const wanted = [...new Set(urls)];
  const kept = wanted.slice(0, MAX_IMAGES);
  const blobs = new Map<string, Blob>();
  const fetched = await mapLimited(kept, CONCURRENCY, (url) => sources.fetchImage(url));
  kept.forEach((url, index) => {
    const blob = fetched[index];
    if (blob) blobs.set(url, blob);
  });

  const pageOrigin = page.url ? new URL(page.url).origin : null;
  const samePage = kept.filter((url) => !blobs.has(url) && new URL(url).origin === pageOrigin);
  if (page.tabId !== undefined && samePage.length > 0) {
    for (const [url, blob] of await sources.readThroughPage(page.tabId, samePage)) blobs.set(url, blob);
  }

  const images = kept.flatMap((url) => {
    const blob = blobs.get(url);
    return blob ? [{ key: url, blob, type: blob.type, sourceUrl: url }] : [];
  });
  const missing = wanted.filter((url) => !blobs.has(url));
  const origins = [...new Set(missing.map((url) => new URL(url).origin))];
  const granted = await Promise.all(origins.map((origin) => sources.hasOrigin(origin)));
  return { images, missing, missingOrigins: origins.filter((_, index) => !granted[index]) };
}
