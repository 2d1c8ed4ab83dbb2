/**
 * Data URIs shorter than this are lazy-loading placeholders (a 1x1 GIF is 70 characters, an empty
 * SVG with a viewBox about 150), never a picture worth reading; Readability uses 133 bytes for
 * the same purpose. Real inline images (formulas, small diagrams) are far longer.
 */
const MAX_PLACEHOLDER_DATA_URI_LENGTH = 400;

/**
 * File names lazy-loading plugins put in `src` until the real image loads: WordPress plugins
 * ship "lazy_placeholder.gif", "blank.gif", "grey.gif", "spacer.gif", "pixel.gif"… A real
 * article picture is never named like this.
 */
const PLACEHOLDER_FILE =
  /(?:^|[/_-])(?:blank|spacer|pixel|transparent|placeholder|lazy[_-]?placeholder|lazy|grey|gray|empty|1x1)\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)/i;

/** True when `src` is missing or a stand-in that a lazy loader replaces with the real image. */
export function isPlaceholderSrc(src: string | null): boolean {
  if (src === null) return true;
  const value = src.trim();
  if (value.length === 0 || value === '#' || value === 'about:blank') return true;
  if (/^data:/i.test(value)) {
    return value.length <= MAX_PLACEHOLDER_DATA_URI_LENGTH;
  }
  return PLACEHOLDER_FILE.test(value);
}
