import { collapseWhitespace } from '../shared/text';
/**
 * Author markup, most explicit first: rel=author links and microdata name the person; the
 * .byline and .author-name classes are the WordPress and news-theme conventions.
 */
const BYLINE_SELECTORS = [
  '[itemprop~="author"] [itemprop~="name"]',
  '[rel~="author"]',
  '[itemprop~="author"]',
  '.byline .author',
  '.byline',
  '.author-name',
];

/**
 * Every element any of them could match, in one query: under jsdom each query walks the whole
 * page, and the few matches are then ranked with `matches()`.
 */
const BYLINE_CANDIDATES = '[itemprop~="author"], [rel~="author"], .byline, .author-name';

/** Words pages put before the name ("By Jane Doe", "par Camille Moreau", "von …", "por …"). */
const BYLINE_PREFIX = /^(?:by|par|von|por|di|door|de|written by|écrit par)\s+/i;

/** A byline longer than this is a paragraph that happens to carry the class, not a name. */
const MAX_BYLINE_LENGTH = 100;

/**
 * Readers of the visible markup, for pages whose head declares little. Each is a separate
 * function so that readMetadata only walks the page for what JSON-LD and meta tags left out.
 */
export const markupMetadata = {
  /** The `lang` attribute of the root element (or its XHTML `xml:lang`). */
  lang(doc: Document): string | null {
    const root = doc.documentElement;
    return clean(root.getAttribute('lang')) ?? clean(root.getAttribute('xml:lang'));
  },

  /** Writing direction declared on the root element or the body. */
  dir(doc: Document): 'ltr' | 'rtl' | null {
    const dir = (doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir'))?.trim().toLowerCase();
    return dir === 'rtl' || dir === 'ltr' ? dir : null;
  },

  /**
   * Texts of the page's `<h1>` elements, split in two: headings, and the ones that are only a
   * link to the site's home page (a logo set in an `<h1>`), which name the site instead.
   */
  headings(doc: Document): { headings: string[]; siteNames: string[] } {
    const headings: string[] = [];
    const siteNames: string[] = [];
    for (const h1 of Array.from(doc.getElementsByTagName('h1')).slice(0, MAX_HEADINGS)) {
      const text = clean(headingText(h1));
      if (!text) continue;
      if (!isHomeLink(h1, text)) headings.push(text);
      // A logo's alt text is the site's name as the site writes it ("Archive of Our Own").
      else
        siteNames.push(
          text,
          ...Array.from(h1.getElementsByTagName('img'), (img) => clean(img.getAttribute('alt')) ?? ''),
        );
    }
    return { headings, siteNames };
  },

  /** The author named by rel=author, microdata or a .byline element. */
  byline(doc: Document): string | null {
    const candidates = Array.from(doc.querySelectorAll(BYLINE_CANDIDATES));
    for (const selector of BYLINE_SELECTORS) {
      const [outer, inner] = selector.split(' ');
      const element = inner
        ? candidates
            .filter((candidate) => candidate.matches(outer))
            .map((candidate) => candidate.querySelector(inner))
            .find(Boolean)
        : candidates.find((candidate) => candidate.matches(selector));
      const value = clean(element?.getAttribute('content') ?? element?.textContent)?.replace(BYLINE_PREFIX, '');
      if (value && value.length <= MAX_BYLINE_LENGTH) return value;
    }
    return null;
  },

  /** The `datetime` of the page's publication <time>. */
  publishedTime(doc: Document): string | null {
    const times = Array.from(doc.getElementsByTagName('time')).filter((time) => time.hasAttribute('datetime'));
    // A date marked as the publication date wins; otherwise only a date inside the article
    // counts, since a <time> in the site header is often today's date.
    const time =
      times.find((element) => element.matches('[itemprop~="datePublished"], [pubdate], .published')) ??
      times.find((element) => element.closest('article, main') !== null);
    return clean(time?.getAttribute('datetime'));
  },
};

/** More `<h1>`s than this is a listing page whose headings are all article titles. */
const MAX_HEADINGS = 8;

/** A heading's text without the permalink marks documentation generators append ("¶", "#"). */
function headingText(h1: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !(node as Element).matches('.headerlink, .anchor, .hash-link, script, style')) {
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    }
  };
  walk(h1);
  return text.replace(/[\s¶#§🔗]+$/u, '');
}

/** Whether the whole heading is one link to the site's home ("/", "index.html", the bare origin). */
function isHomeLink(h1: Element, text: string): boolean {
  const links = h1.getElementsByTagName('a');
  if (links.length !== 1 || clean(links[0].textContent) !== text) return false;
  const href = (links[0].getAttribute('href') ?? '').trim();
  try {
    const target = new URL(href, h1.ownerDocument.baseURI);
    return /^\/(index\.\w+)?$/.test(target.pathname) || /^(\.\/)?index\.\w+$/.test(href);
  } catch (error) {
    void error; // an unparsable address is no home link
    return false;
  }
}

function clean(value: string | null | undefined): string | null {
  const text = collapseWhitespace(value ?? '');
  return text === '' ? null : text;
}
