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
      if (/^https?:\/\//i.test(src)) urls.add(src);
    }
  }
  return [...urls];
}
