/**
 * Link helpers for the clutter steps: where a link goes (this page, this site, elsewhere) and how
 * a short block's text splits around its links. Link targets are read from the raw attribute and
 * resolved with URL, because reading `link.href` costs far more in jsdom.
 */
import { isHttpUrl, parseHttpUrl, siteHost, withoutHash } from '../shared/urls';
import { collapseWhitespace } from '../shared/text';
import { INVISIBLE } from './clutter-dom';

/** Text before, inside, between and after the links of `block`, in document order. */
export interface LinkSplit {
  /** Text before the first link that has text (an image-only link does not count). */
  before: string;
  /** The element holding the first non-blank text of `before`, when there is one. */
  beforeHolder: Element | null;
  inside: string;
  between: string;
  after: string;
  /** Every link with an href, image-only ones included. */
  links: HTMLAnchorElement[];
}

interface Segment {
  text: string;
  link: HTMLAnchorElement | null;
  holder: Element;
}

/** Splits the visible text of `block` into the parts before, inside, between and after its links. */
export function splitAroundLinks(block: Element): LinkSplit {
  const segments: Segment[] = [];
  const links: HTMLAnchorElement[] = [];
  const walk = (node: Node, link: HTMLAnchorElement | null): void => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (text.trim() !== '') segments.push({ text, link, holder: node.parentElement ?? block });
      else segments.push({ text: ' ', link, holder: block });
      return;
    }
    if (node.nodeType !== 1 || INVISIBLE.has((node as Element).tagName)) return;
    const element = node as Element;
    let inner = link;
    if (!link && element.tagName === 'A' && element.hasAttribute('href')) {
      inner = element as HTMLAnchorElement;
      links.push(inner);
    }
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child, inner);
  };
  walk(block, null);
  const first = segments.findIndex((segment) => segment.link && segment.text.trim() !== '');
  let last = -1;
  for (let index = segments.length - 1; index >= 0; index--) {
    if (segments[index].link && segments[index].text.trim() !== '') {
      last = index;
      break;
    }
  }
  const join = (from: number, to: number, inLink: boolean): string =>
    collapseWhitespace(
      segments
        .slice(from, to)
        .filter((segment) => (segment.link !== null) === inLink)
        .map((s) => s.text)
        .join(''),
    );
  if (first === -1) {
    const all = join(0, segments.length, false);
    return { before: all, beforeHolder: null, inside: '', between: '', after: '', links };
  }
  const holder = segments.slice(0, first).find((segment) => segment.text.trim() !== '')?.holder ?? null;
  return {
    before: collapseWhitespace(
      segments
        .slice(0, first)
        .map((segment) => segment.text)
        .join(''),
    ),
    beforeHolder: holder,
    inside: join(first, last + 1, true),
    between: join(first, last + 1, false),
    after: collapseWhitespace(
      segments
        .slice(last + 1)
        .map((segment) => segment.text)
        .join(''),
    ),
    links,
  };
}

/** `url` without its `#fragment`. */

const pageUrls = new WeakMap<Document, URL | null>();

/**
 * The address of the page `doc` shows: its own URL when it is http(s), else the canonical link or
 * og:url it declares (a document parsed from a string, or a test fixture, has no real address).
 */
export function pageUrl(doc: Document): URL | null {
  if (pageUrls.has(doc)) return pageUrls.get(doc) ?? null;
  const candidates = [
    () => doc.URL,
    () => doc.querySelector('link[rel="canonical"][href]')?.getAttribute('href'),
    () => doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content'),
  ];
  let found: URL | null = null;
  for (const read of candidates) {
    const candidate = read();
    const url = candidate ? parseHttpUrl(candidate) : null;
    if (url) {
      found = url;
      break;
    }
  }
  pageUrls.set(doc, found);
  return found;
}

/**
 * Records the address of the page `doc` shows, for documents whose own URL is not it (a clone
 * parsed elsewhere, a page downloaded by Save link): same-site tests then use the real address.
 */
export function rememberPageUrl(doc: Document, url: string): void {
  pageUrls.set(doc, parseHttpUrl(url));
}

const baseUris = new WeakMap<Document, string>();

/** `href` made absolute against the document's base; reading `link.href` costs far more in jsdom. */
function resolve(href: string, doc: Document): string {
  if (isHttpUrl(href)) return href;
  let base = baseUris.get(doc);
  if (base === undefined) {
    base = doc.baseURI;
    baseUris.set(doc, base);
  }
  try {
    return new URL(href, base).href;
  } catch (error) {
    void error; // an address that cannot be resolved is not a page
    return '';
  }
}

/** Where a link goes, seen from the page that holds it. */
export type LinkKind = 'same-site-page' | 'other-site-page' | 'this-page' | 'not-a-page';

/** Classifies `link`: another page of this site, another site, this page (anchors), or no page at all. */
export function linkKind(link: HTMLAnchorElement, page: URL | null): LinkKind {
  const raw = (link.getAttribute('href') ?? '').trim();
  if (raw === '' || raw.startsWith('#')) return 'this-page';
  const target = parseHttpUrl(resolve(raw, link.ownerDocument));
  if (!target) return 'not-a-page';
  // Without a known page address only relative links can be told apart: treat the rest as same site.
  if (!page) return 'same-site-page';
  if (withoutHash(target.href) === withoutHash(page.href)) return 'this-page';
  return siteHost(target.hostname) === siteHost(page.hostname) ? 'same-site-page' : 'other-site-page';
}

/** Whether `link` leads to another page (of this site or another), not to this page or an anchor. */
export function pointsElsewhere(link: HTMLAnchorElement, page: URL | null): boolean {
  const kind = linkKind(link, page);
  return kind === 'same-site-page' || kind === 'other-site-page';
}
