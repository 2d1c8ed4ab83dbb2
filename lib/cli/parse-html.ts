import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Parses a page with jsdom (never happy-dom: DOMPurify does not sanitize there, happy-dom issue
 * 2182). Scripts never run and nothing is loaded. The page arrives already decoded (see
 * detect-encoding.ts), so jsdom's own sniffing, which stops at the first 1024 bytes, is not used.
 */
export function parseHtml(html: string, url: string): JSDOM {
  // A silent console: page CSS that jsdom cannot parse is reported there, and it is no reason to
  // fail (or to clutter the command's output).
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole });
}

/**
 * Closes `dom`'s window (its timers and listeners), which a batch of pages otherwise piles up.
 * jsdom throws while closing the frames of some malformed pages (`<svg><iframe><p><p><iframe>`:
 * it counts a frame it never made, found by the random-HTML test); the page is done with by then,
 * so that must not fail it.
 */
export function closeWindow(dom: JSDOM): void {
  try {
    dom.window.close();
  } catch {
    // Frames left open are dropped with the window.
  }
}

/**
 * `html` without its style sheets, stylesheet links and style attributes, removed from the text
 * before jsdom sees it. jsdom parses CSS while it builds the document (a style attribute is
 * parsed as it is set), and its CSS code throws on some real pages ('SyntaxError: ")" is
 * expected', or a TypeError when a `<base>` has only a prefixed `xlink:href`, which its selector
 * for `base[href]` takes for an href); removing the styles from the parsed document afterwards
 * is too late, so a page that fails is parsed again from this text. The article needs no styles.
 * A `<style>` never closed runs to the end of the page (the parser reads the rest as its CSS).
 */
export function withoutStyles(html: string): string {
  return html
    .replace(/<style\b[\s\S]*?(?:<\/style\s*>|$)/gi, '')
    .replace(/<link\b[^>]*\bstylesheet\b[^>]*>/gi, '')
    .replace(/(<[a-z][\w:-]*\b[^<>]*?)\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '$1');
}
