import { extractArticle, type Extraction, type ExtractionResult } from '../extract';
import { decodeHtml } from './detect-encoding';
import { loadInput } from './load-input';
import { parseHtml, withoutStyles } from './parse-html';
import { binaryKind } from './sniff-binary';

/** One input's article, or a one-line message saying what happened and what to do. */
export type SourceResult = { ok: true; extraction: Extraction } | { ok: false; message: string };

/** Loads, decodes, parses and extracts one file or URL; never throws. */
export async function extractSource(source: string, url: string | null): Promise<SourceResult> {
  const loaded = await loadInput(source, url);
  if (!loaded.ok) return loaded;
  const { text, encoding } = decodeHtml(loaded.bytes, loaded.contentType);
  const binary = binaryKind(loaded.bytes, encoding.source === 'bom');
  if (binary !== null) {
    return { ok: false, message: `this is ${binary}, not a web page. Give a saved HTML page or the address of an article.` };
  }
  let result: ExtractionResult;
  try {
    result = extractOnce(text, loaded.url);
  } catch (firstError) {
    // jsdom's CSS code throws on some real pages' styles, while parsing them; the article needs
    // no styles, so parse once more from the text without any.
    try {
      result = extractOnce(withoutStyles(text), loaded.url);
    } catch (error) {
      return { ok: false, message: `extraction failed (${firstLine(error)}; first try: ${firstLine(firstError)}). Please report this page.` };
    }
  }
  if (result.ok) return result;
  if (result.reason === 'timeout') {
    return { ok: false, message: `the page is too large to extract (${result.detail ?? 'over the element budget'}). Save only the article part of the page and try again.` };
  }
  return { ok: false, message: 'no article found in this page. Check that it is an article page, not a home page, a list or a login page.' };
}

function extractOnce(html: string, url: string): ExtractionResult {
  const dom = parseHtml(html, url);
  try {
    return extractArticle(dom.window.document, { url });
  } finally {
    // Frees the window's timers and listeners at once; a batch of pages otherwise piles them up.
    dom.window.close();
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0];
}
