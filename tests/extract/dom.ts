import { JSDOM } from 'jsdom';

/** A jsdom document for `html` at `url`, as the command line and the corpus suite build them. */
export function page(html: string, url = 'https://example.org/blog/post.html'): Document {
  return new JSDOM(html, { url }).window.document;
}

/** The `<body>` of a page holding `html`. */
export function body(html: string, url?: string): HTMLElement {
  return page(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, url).body;
}
