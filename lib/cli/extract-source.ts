import { extractArticle, type Extraction, type ExtractionResult } from '../extract';
import { decodeHtml } from './detect-encoding';
import { markdownOfHtml } from '../export/html-to-markdown';
import { loadInput } from './load-input';
import { closeWindow, parseHtml, withoutStyles } from './parse-html';
import { binaryKind } from './sniff-binary';
import { limitNesting } from './limit-nesting';
import { parsesBackWithParse5 } from './parses-back-with-parse5';
import { addressToFileUnder } from '../shared/same-site';
import { isHttpUrl } from '../shared/urls';

/** One input's article, or a one-line message saying what happened and what to do. */
export type SourceResult =
  { ok: true; extraction: Extraction; markdown: string | null } | { ok: false; message: string };

/**
 * Loads, decodes, parses and extracts one file or URL; never throws. Markdown is made only when asked
 * (`withMarkdown`), in the same window as the extraction.
 */
export async function extractSource(source: string, url: string | null, withMarkdown = false): Promise<SourceResult> {
  const loaded = await loadInput(source, url);
  if (!loaded.ok) return loaded;
  const { text, encoding } = decodeHtml(loaded.bytes, loaded.contentType);
  const binary = binaryKind(loaded.bytes, encoding.source === 'bom');
  if (binary !== null) {
    return {
      ok: false,
      message: `this is ${binary}, not a web page. Give a saved HTML page or the address of an article.`,
    };
  }
  let result: ExtractionResult & { markdown?: string | null };
  try {
    result = extractOnce(text, loaded.url, withMarkdown);
  } catch (firstError) {
    // jsdom's CSS code throws on some real pages' styles, while parsing them; the article needs
    // no styles, so parse once more from the text without any.
    try {
      result = extractOnce(withoutStyles(text), loaded.url, withMarkdown);
    } catch (error) {
      return {
        ok: false,
        message: `extraction failed (${firstLine(error)}; first try: ${firstLine(firstError)}). Please report this page.`,
      };
    }
  }
  if (result.ok) {
    // Where the page really is (downloaded, or --url) decides which addresses it may claim, as
    // in the extension; a local file without --url has no address but what it declares.
    const claimed = result.extraction.url;
    const extraction = {
      ...result.extraction,
      url: isHttpUrl(loaded.url) ? addressToFileUnder(claimed, loaded.url) : claimed,
    };
    return { ok: true, extraction, markdown: result.markdown ?? null };
  }
  if (result.reason === 'timeout') {
    return {
      ok: false,
      message: `the page is too large to extract (${result.detail ?? 'over the element budget'}). Save only the article part of the page and try again.`,
    };
  }
  return {
    ok: false,
    message:
      'no article found in this page. Check that it is an article page, not a home page, a list or a login page.',
  };
}

function extractOnce(
  html: string,
  url: string,
  withMarkdown: boolean,
): ExtractionResult & { markdown?: string | null } {
  const dom = parseHtml(html, url);
  try {
    // jsdom's tree code recurses where browsers' parsers would have flattened the page anyway.
    limitNesting(dom.window.document.documentElement);
    const result = extractArticle(dom.window.document, { url, parsesBackTo: parsesBackWithParse5 });
    if (!result.ok) return result;
    const window = dom.window as unknown as Window;
    return { ...result, markdown: withMarkdown ? markdownOfHtml(result.extraction.html, window) : null };
  } finally {
    closeWindow(dom);
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0];
}
