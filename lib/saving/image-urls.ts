import { isHttpUrl } from '../shared/urls';

/** Above this an "image" is more likely a video poster sprite or an error; it is not kept. */
export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;
/** Articles with more images are galleries; the first ones are kept, the rest reported missing. */
export const MAX_IMAGES = 150;

/**
 * One `<img …>` tag as the HTML serializer writes it: attribute values are always in double
 * quotes, with `"` escaped, so a `>` or `src=` inside another attribute's value cannot mislead.
 */
const IMG_TAG = /<img((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/gi;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:="([^"]*)")?/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&nbsp;': '\u00a0' };

function decodeAttribute(value: string): string {
  return value.replace(/&(?:amp|quot|lt|gt|nbsp);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Lists the distinct http(s) image addresses of sanitized article HTML, in order. It reads the
 * serialized string rather than a DOM because Chrome's service worker has no DOMParser; the
 * input is DOMPurify's serialization, whose attribute quoting the patterns above rely on.
 */
export function listImageUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const [, attributes = ''] of html.matchAll(IMG_TAG)) {
    for (const [, name = '', value] of attributes.matchAll(ATTRIBUTE)) {
      if (name.toLowerCase() !== 'src' || value === undefined) continue;
      const src = decodeAttribute(value);
      if (isHttpUrl(src)) urls.add(src);
    }
  }
  return [...urls];
}

/**
 * Every image an article shows, as distinct http(s) addresses: those of its body, then its lead
 * image (kept for the Library's thumbnail and the reader's header even when the body lacks it).
 */
export function articleImageUrls(html: string, leadImage: string | null): string[] {
  const urls = listImageUrls(html);
  if (leadImage && isHttpUrl(leadImage) && !urls.includes(leadImage)) urls.push(leadImage);
  return urls;
}
