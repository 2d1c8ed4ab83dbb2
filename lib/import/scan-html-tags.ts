/** A start tag, an end tag or a run of text, with the 1-based line it starts on. */
export type HtmlToken =
  | { kind: 'open'; name: string; attributes: Record<string, string>; line: number }
  | { kind: 'close'; name: string; line: number }
  | { kind: 'text'; text: string; line: number };

const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<\/?([a-zA-Z][\w:-]*)([^>]*)>|[^<]+|</g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Reads the tags and text of a machine-written HTML file in order, the same way in every
 * context (extension page, service worker, Node). Used for bookmark files and Pocket's old export
 * instead of a DOM: their meaning is in the sequence of tags (a `<DL>` after an `<H3>` is that
 * folder's content), which an HTML parser re-nests because `<DT>` and `<p>` are never closed.
 * Comments and doctypes are skipped; tag and attribute names are lowercased.
 */
export function* scanHtmlTags(html: string): Generator<HtmlToken> {
  let line = 1;
  let counted = 0;
  for (const match of html.matchAll(TOKEN)) {
    const index = match.index;
    for (; counted < index; counted += 1) if (html.charCodeAt(counted) === 10) line += 1;
    const [whole, name, rest] = match;
    if (name === undefined) {
      if (!whole.startsWith('<!')) yield { kind: 'text', text: decodeEntities(whole), line };
    } else if (whole.startsWith('</')) {
      yield { kind: 'close', name: name.toLowerCase(), line };
    } else {
      yield { kind: 'open', name: name.toLowerCase(), attributes: readAttributes(rest), line };
    }
  }
}

function readAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single, bare] of text.matchAll(ATTRIBUTE)) {
    attributes[name.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? '');
  }
  return attributes;
}

/** The entities exporters write: the five of XML, no-break space, and numeric references. */
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes character references; an unknown named entity stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}
