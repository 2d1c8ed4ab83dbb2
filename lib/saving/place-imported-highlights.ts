import { isQuoteOnly, placeQuotes } from '../highlights/place-quotes';
import { buildTextMap } from '../highlights/text-map';
import type { SafeHtml } from '../shared/sanitize';
import { sanitizeToElement } from '../shared/sanitize';
import { listHighlights, putHighlights } from '../storage/highlights';

/**
 * Once an imported article's page is downloaded, places the highlights its export carried (a
 * quote only) in the new text and stores their position and context; the ones not found stay
 * as they are, orphans the reader lists. Returns how many were placed and how many were not.
 */
export async function placeImportedHighlights(
  articleId: string,
  html: SafeHtml,
  win: Window = globalThis.window,
): Promise<{ placed: number; orphans: number }> {
  const quoteOnly = (await listHighlights(articleId)).filter(isQuoteOnly);
  if (quoteOnly.length === 0) return { placed: 0, orphans: 0 };
  const placed = placeQuotes(buildTextMap(sanitizeToElement(html, win)).text, quoteOnly);
  if (placed.length > 0) {
    const written = await putHighlights(articleId, placed);
    if (!written.ok) return { placed: 0, orphans: quoteOnly.length };
  }
  return { placed: placed.length, orphans: quoteOnly.length - placed.length };
}
