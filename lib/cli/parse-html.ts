import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Parses a page with jsdom (never happy-dom: DOMPurify does not sanitize there, happy-dom issue
 * 2182). Scripts never run and nothing is loaded. `contentType` carries the server's charset;
 * without one, jsdom sniffs `<meta charset>` from the bytes, as a browser does.
 */
export function parseHtml(bytes: Uint8Array, url: string, contentType = 'text/html', withoutStyles = false): JSDOM {
  // A silent console: page CSS that jsdom cannot parse is reported there, and it is no reason to
  // fail (or to clutter the command's output).
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(Buffer.from(bytes), { url, contentType: htmlType(contentType), virtualConsole });
  if (withoutStyles) removeStyles(dom.window.document);
  return dom;
}

/**
 * Removes style sheets and style attributes. Some real pages carry CSS that makes jsdom's CSS
 * code throw while Readability reads `element.style`; the article does not need their styles.
 */
export function removeStyles(doc: Document): void {
  for (const element of Array.from(doc.querySelectorAll('style, link[rel~="stylesheet" i]'))) element.remove();
  for (const element of Array.from(doc.querySelectorAll('[style]'))) element.removeAttribute('style');
}

/** jsdom only accepts HTML and XML types; a server's "text/plain" HTML is still parsed as HTML. */
function htmlType(contentType: string): string {
  return /^\s*(?:text\/html|application\/xhtml\+xml)/i.test(contentType) ? contentType : 'text/html';
}
