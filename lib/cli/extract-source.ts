import { extractArticle, type Extraction, type ExtractionResult } from '../extract';
import { markdownOfHtml } from '../export/html-to-markdown';
import { loadInput } from './load-input';
import { parseHtml } from './parse-html';

/** One input's article, or a one-line message saying what happened and what to do. */
export type SourceResult = { ok: true; extraction: Extraction; markdown: string | null } | { ok: false; message: string };

/**
 * Loads, parses and extracts one file or URL; never throws. Markdown is made only when asked
 * (`withMarkdown`), in the same window as the extraction.
 */
export async function extractSource(source: string, url: string | null, withMarkdown = false): Promise<SourceResult> {
  const loaded = await loadInput(source, url);
  if (!loaded.ok) return loaded;
  let result;
  try {
    result = extractOnce(loaded.bytes, loaded.url, loaded.contentType, false, withMarkdown);
  } catch (firstError) {
    // jsdom's CSS code throws on some real pages' style sheets; the article needs no styles, so
    // try once more without them before giving up.
    try {
      result = extractOnce(loaded.bytes, loaded.url, loaded.contentType, true, withMarkdown);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, message: `extraction failed (${reason.split('\n')[0]}; first try: ${String(firstError).split('\n')[0]}). Please report this page.` };
    }
  }
  if (result.ok) return { ok: true, extraction: result.extraction, markdown: result.markdown ?? null };
  if (result.reason === 'timeout') {
    return { ok: false, message: `the page is too large to extract (${result.detail ?? 'over the element budget'}). Save only the article part of the page and try again.` };
  }
  return { ok: false, message: 'no article found in this page. Check that it is an article page, not a home page, a list or a login page.' };
}

function extractOnce(
  bytes: Uint8Array, url: string, contentType: string, withoutStyles: boolean, withMarkdown: boolean,
): ExtractionResult & { markdown?: string | null } {
  const dom = parseHtml(bytes, url, contentType, withoutStyles);
  try {
    const result = extractArticle(dom.window.document, { url });
    if (!result.ok) return result;
    const window = dom.window as unknown as Window;
    return { ...result, markdown: withMarkdown ? markdownOfHtml(result.extraction.html, window) : null };
  } finally {
    // Frees the window's timers and listeners at once; a batch of pages otherwise piles them up.
    dom.window.close();
  }
}
