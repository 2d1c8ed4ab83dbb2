import { withoutHash } from '../shared/urls';

/**
 * Attributes that hold one URL, by element. `cite` links a quotation to its source; `poster` is
 * a video's still; SVG `<image>` and `<use>` keep theirs in href.
 */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  image: ['href'],
  use: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  input: ['src'],
  object: ['data'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite'],
  del: ['cite'],
};

/**
 * One query by tag names only: under jsdom (the command line, the tests) every query walks the
 * whole tree and attribute selectors cost several times more than tag names.
 */
const SELECTOR = Object.keys(URL_ATTRIBUTES).join(', ');

/** Makes every link and image URL under `root` absolute against `url`. */
export function resolveUrls(root: Element, url: string): void {
  const base = baseUrl(root.ownerDocument, url);
  const page = withoutHash(url);
  for (const element of Array.from(root.querySelectorAll(SELECTOR))) {
    for (const attribute of URL_ATTRIBUTES[element.localName] ?? []) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      const resolved = attribute === 'srcset' ? resolveSrcset(value, base, page) : absolute(value, base, page);
      if (resolved !== value) element.setAttribute(attribute, resolved);
    }
  }
}

/** Resolves each candidate URL of a srcset ("a.jpg 1x, b.jpg 2x"), keeping the descriptors. */
function resolveSrcset(value: string, base: string, page: string): string {
  return value.replace(
    /(^|,)(\s*)(\S+)/g,
    (_, comma: string, space: string, candidate: string) => `${comma}${space}${absolute(candidate, base, page)}`,
  );
}

/** The page's `<base href>` resolved against its address, else the address itself. */
function baseUrl(doc: Document, url: string): string {
  const declared = doc.querySelector('base[href]')?.getAttribute('href');
  if (!declared) return url;
  return parse(declared, url)?.href ?? url;
}

function absolute(value: string, base: string, page: string): string {
  const trimmed = value.trim();
  // An in-page anchor must stay "#id": the article is shown on another page (the reader), where
  // only a bare fragment still jumps to the footnote or section it names.
  if (trimmed.startsWith('#')) return trimmed;
  const resolved = parse(trimmed, base);
  if (!resolved) return value;
  if (resolved.hash && withoutHash(resolved.href) === page) return resolved.hash;
  return resolved.href;
}

function parse(value: string, base: string): URL | null {
  // URL.parse is missing from Node 20.0–20.17 and Firefox < 126; the constructor throws instead.
  try {
    return new URL(value, base);
  } catch {
    // Not a URL at all (e.g. "http://[broken"): the caller keeps the attribute as written.
    return null;
  }
}
