/**
 * Makes `url` the base address of `doc` (a clone of the page), keeping a `<base href>` the page
 * declares by resolving it against `url`. Readability and every later step then resolve
 * relative links against the page's real address, even when the caller extracts a document
 * parsed elsewhere (a saved file, a test page) under another address.
 */
export function pinBaseUrl(doc: Document, url: string): void {
  const existing = doc.querySelector('base[href]');
  const base = resolve(existing?.getAttribute('href') ?? url, url);
  if (existing) {
    existing.setAttribute('href', base);
    return;
  }
  const element = doc.createElement('base');
  element.setAttribute('href', base);
  const head = doc.head ?? doc.documentElement;
  head.insertBefore(element, head.firstChild);
}

function resolve(href: string, url: string): string {
  try {
    return new URL(href, url).href;
  } catch {
    // Browsers ignore a malformed <base href> too: the page's own address applies.
    return url;
  }
}
