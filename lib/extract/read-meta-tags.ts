import { collapseWhitespace } from '../shared/text';
/**
 * The page's `<meta>` values by lowercase name: `property` (Open Graph), `name` (Twitter, Dublin
 * Core, description), `itemprop` (microdata) and `http-equiv` (content-language). The first
 * non-empty value wins. Names are split on whitespace: "og:title dc:title" declares both.
 */
export function readMetaTags(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const content = collapseWhitespace((meta.getAttribute('content') ?? ''));
    if (content.length === 0) continue;
    const keys = ['property', 'name', 'itemprop', 'http-equiv']
      .map((attribute) => meta.getAttribute(attribute) ?? '')
      .join(' ')
      .toLowerCase()
      .split(/\s+/);
    for (const key of keys) {
      // "dc.title", "DC.Title" and "dc:title" are the same Dublin Core field.
      const name = key.replace(/^(dc|dcterm)s?[.:]/, '$1:');
      if (name.length > 0 && !values.has(name)) values.set(name, content);
    }
  }
  return values;
}
