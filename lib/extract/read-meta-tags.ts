import { collapseWhitespace } from '../shared/text';
/**
 * The page's `<meta>` values by lowercase name: `property` (Open Graph), `name` (Twitter, Dublin
 * Core, description), `itemprop` (microdata) and `http-equiv` (content-language). The first
 * non-empty value wins, except that a `property` value beats a `name` one (RDFa's attribute is the
 * deliberate one; Readability ranks them the same way). Names are split on whitespace:
 * "og:title dc:title" declares both.
 */
export function readMetaTags(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  const fromProperty = new Set<string>();
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const content = collapseWhitespace(meta.getAttribute('content') ?? '');
    if (content.length === 0) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const key of (meta.getAttribute(attribute) ?? '').toLowerCase().split(/\s+/)) {
        // "dc.title", "DC.Title" and "dc:title" are the same Dublin Core field.
        const name = key.replace(/^(dc|dcterm)s?[.:]/, '$1:');
        if (name.length === 0 || fromProperty.has(name) || (values.has(name) && attribute !== 'property')) continue;
        values.set(name, content);
        if (attribute === 'property') fromProperty.add(name);
      }
    }
  }
  return values;
}
