/**
 * Every attribute that holds one URL, by element. `cite` links a quotation to its source;
 * `poster` is a video's still; SVG `<image>`/`<use>` keep theirs in href.
 */
const URL_ATTRIBUTES: ReadonlyArray<readonly [selector: string, attribute: string]> = [
  ['a[href], area[href]', 'href'],
  ['img[src], source[src], video[src], audio[src], track[src], iframe[src], embed[src], input[src]', 'src'],
  ['video[poster]', 'poster'],
  ['object[data]', 'data'],
  ['blockquote[cite], q[cite], ins[cite], del[cite]', 'cite'],
  ['image[href], use[href]', 'href'],
];

/** Attributes holding a comma-separated list of candidates ("url 2x, url 600w"). */
const SRCSET_SELECTOR = 'img[srcset], source[srcset]';

/** Makes every link and image URL under `root` absolute against `url`. */
export function resolveUrls(root: Element, url: string): void {
  const base = baseUrl(root.ownerDocument, url);
  const page = withoutHash(url);
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const element of Array.from(root.querySelectorAll(selector))) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      element.setAttribute(attribute, absolute(value, base, page));
    }
  }
  for (const element of Array.from(root.querySelectorAll(SRCSET_SELECTOR))) {
    const value = element.getAttribute('srcset') ?? '';
    element.setAttribute('srcset', value.replace(/(^|,)\s*(\S+)/g, (_, comma: string, candidate: string) =>
      `${comma}${comma ? ' ' : ''}${absolute(candidate, base, page)}`));
  }
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

function withoutHash(url: string): string {
  const index = url.indexOf('#');
  return index === -1 ? url : url.slice(0, index);
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
