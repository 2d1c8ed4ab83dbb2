/**
 * Which addresses may stay in an article, wherever it goes (the reader, an export, the command
 * line's output, a future page without Liseuse's CSP). An article links out (http(s), mailto,
 * in-page `#` anchors) and shows images; nothing else in it may point anywhere. The sanitizer
 * (lib/sanitize.ts) applies these rules to every attribute, the metadata readers to every
 * metadata address.
 */

/** Characters browsers ignore inside a URL attribute (DOMPurify's ATTR_WHITESPACE, plus C0 controls). */
const IGNORED_IN_URLS = /[\u0000-\u0020\u007f\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;

/** Image types a browser decodes as pictures only: no scripts, no documents (SVG is a document). */
const RASTER_DATA_IMAGE = /^data:image\/(?:png|jpe?g|pjpeg|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon)[;,]/i;

/** What an address is used for, which decides the schemes it may have. */
export type UrlUse = 'link' | 'image' | 'citation' | 'fragment';

/** The address as a browser reads it: ignored characters removed. */
function normalized(value: string): string {
  return value.replace(IGNORED_IN_URLS, '');
}

/**
 * Whether `value` may stay in an article for `use`:
 * - link (`<a href>`): http(s), mailto, or an in-page `#anchor`;
 * - image (`<img src>`): http(s), or a raster `data:image` (never SVG, a document of its own);
 * - citation (`cite`): http(s), shown or followed only when the reader asks;
 * - fragment (SVG references, `url(#id)`): an in-page `#id` only.
 */
export function isAllowedUrl(value: string, use: UrlUse): boolean {
  const url = normalized(value);
  if (use === 'fragment') return url.startsWith('#');
  if (use === 'link') return /^(?:https?:\/\/|mailto:|#)/i.test(url);
  if (use === 'citation') return /^https?:\/\//i.test(url);
  return /^https?:\/\//i.test(url) || RASTER_DATA_IMAGE.test(url);
}

/** CSS functions that fetch what they name. */
const CSS_FETCHING_FUNCTION =
  /(?:^|[^a-z0-9_-])(?:url|src|image|image-set|-webkit-image-set|cross-fade|-webkit-cross-fade)\(\s*(['"]?)([^'")]*)/gi;

/**
 * Whether a CSS-bearing value (an SVG `fill`, `filter`, `mask`…) names anything but an in-page
 * `#id`. CSS escapes and comments are undone first: `u\72l(` and `u/**\/rl(` are `url(` to CSS.
 */
export function hasOutsideCssReference(value: string): boolean {
  if (!/[(\\]/.test(value)) return false;
  const css = value
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) =>
      String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd),
    )
    .replace(/\\(.)/g, '$1');
  for (const [, , target = ''] of css.matchAll(CSS_FETCHING_FUNCTION)) {
    if (!target.trim().startsWith('#')) return true;
  }
  return false;
}
