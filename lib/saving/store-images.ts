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
  /** Missing images their server did not send (404, not an image, too big): no permission helps. */
  unavailable: string[];
  /** Origins of the other missing images, which the extension has no host permission for: asking may help. */
  missingOrigins: string[];
}

/** A server's answer without a usable image: a 404, an error page, a file too big. */
export type Unavailable = 'unavailable';

/** Where images come from; injectable so tests need no network or browser. */
export interface ImageSources {
  /**
   * Downloads with the extension's own fetch (works with host permission or CORS headers); null
   * when the browser gave no answer (blocked: another site without CORS headers, a network error).
   */
  fetchImage(url: string): Promise<Blob | Unavailable | null>;
  /** Reads same-origin images through the page the article came from (activeTab, no CORS). */
  readThroughPage(tabId: number, urls: string[]): Promise<Map<string, Blob | Unavailable>>;
  /** Whether the extension holds host permission for `origin`. */
  hasOrigin(origin: string): Promise<boolean>;
}

/**
 * Fetches one image with the extension's fetch: the Blob, 'unavailable' when the server answered
 * without a usable image (an HTTP error, not an image, too big), null when there was no answer.
 */
export async function fetchImage(url: string): Promise<Blob | Unavailable | null> {
  try {
    const response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(IMAGE_TIMEOUT_MS) });
    if (!response.ok) return 'unavailable';
    const blob = await response.blob();
    return blob.type.startsWith('image/') && blob.size <= MAX_IMAGE_BYTES ? blob : 'unavailable';
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
  const unavailable = new Set<string>();
  const note = (url: string, answer: Blob | Unavailable | null | undefined) => {
    if (answer === 'unavailable') unavailable.add(url);
    else if (answer) {
      blobs.set(url, answer);
      unavailable.delete(url);
    }
  };
  const fetched = await mapLimited(kept, CONCURRENCY, (url) => sources.fetchImage(url));
  kept.forEach((url, index) => note(url, fetched[index]));

  // The page's own images, which the extension could not read, are read through the page: there
  // they are same-origin. Its answer decides whether one is blocked or truly missing.
  const pageOrigin = page.url ? new URL(page.url).origin : null;
  const samePage = kept.filter((url) => !blobs.has(url) && new URL(url).origin === pageOrigin);
  if (page.tabId !== undefined && samePage.length > 0) {
    for (const [url, answer] of await sources.readThroughPage(page.tabId, samePage)) note(url, answer);
  }

  const images = kept.flatMap((url) => {
    const blob = blobs.get(url);
    return blob ? [{ key: url, blob, type: blob.type, sourceUrl: url }] : [];
  });
  const missing = wanted.filter((url) => !blobs.has(url));
  // Only images the browser kept from Liseuse (no answer) are worth a permission; those past
  // MAX_IMAGES were never asked for.
  const blocked = kept.filter((url) => !blobs.has(url) && !unavailable.has(url));
  const origins = [...new Set(blocked.map((url) => new URL(url).origin))];
  const granted = await Promise.all(origins.map((origin) => sources.hasOrigin(origin)));
  return {
    images,
    missing,
    unavailable: missing.filter((url) => unavailable.has(url)),
    missingOrigins: origins.filter((_, index) => !granted[index]),
  };
}
