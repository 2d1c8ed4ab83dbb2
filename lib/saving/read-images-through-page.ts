import { browser } from 'wxt/browser';
import { MAX_IMAGE_BYTES } from './image-urls';

/**
 * Runs IN THE PAGE (serialized by executeScript): fetches same-origin images, which need no
 * CORS there, and returns them as data URLs because executeScript results cross as JSON.
 * `force-cache` lets images the page already shows come from the HTTP cache.
 */
async function readInPage(urls: string[], maxBytes: number): Promise<Array<string | false | null>> {
  // false: the server answered without a usable image (404, an error page, too big); null: no answer.
  const read = async (url: string): Promise<string | false | null> => {
    try {
      const response = await fetch(url, { cache: 'force-cache', credentials: 'same-origin' });
      const blob = await response.blob();
      if (!response.ok || !blob.type.startsWith('image/') || blob.size > maxBytes) return false;
      return await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsDataURL(blob);
      });
    } catch (error) {
      console.debug('Liseuse: image not readable from the page', url, error);
      return null;
    }
  };
  return Promise.all(urls.map(read));
}

/** Turns a base64 data URL back into a Blob, without fetch (data: is outside connect-src). */
export function dataUrlToBlob(dataUrl: string): Blob | null {
  const match = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) return null;
  const [, type = '', base64, payload = ''] = match;
  const binary = base64 ? atob(payload) : decodeURIComponent(payload);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new Blob([bytes], { type });
}

/**
 * Reads images of the page's own origin through the page (needs activeTab, which opening the
 * popup or clicking the menu grants). Images the page cannot read are left out; those its server
 * did not send (a 404) are marked 'unavailable': no permission would bring them.
 */
export async function readImagesThroughPage(tabId: number, urls: string[]): Promise<Map<string, Blob | 'unavailable'>> {
  const blobs = new Map<string, Blob | 'unavailable'>();
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: readInPage,
      args: [urls, MAX_IMAGE_BYTES],
    });
    const dataUrls = (frame?.result ?? []) as Array<string | false | null>;
    urls.forEach((url, index) => {
      const dataUrl = dataUrls[index];
      if (dataUrl === false) return blobs.set(url, 'unavailable');
      const blob = dataUrl ? dataUrlToBlob(dataUrl) : null;
      if (blob) blobs.set(url, blob);
    });
  } catch (error) {
    // The tab navigated or was closed: the images simply stay missing, the text is still saved.
    console.info('Liseuse: could not read images through the page', error);
  }
  return blobs;
}
