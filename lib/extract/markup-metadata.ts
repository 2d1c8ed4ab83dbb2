import { collapseWhitespace } from '../shared/text';
/**
 * Author markup, most explicit first: rel=author links and microdata name the person; the
 * .byline and .author-name classes are the WordPress and news-theme conventions.
 */
const BYLINE_SELECTORS = ['[itemprop~="author"] [itemprop~="name"]', '[rel~="author"]', '[itemprop~="author"]', '.byline .author', '.byline', '.author-name'];

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

  /** Text of the page's only <h1>; null when it has none or several. */
  heading(doc: Document): string | null {
    const headings = doc.getElementsByTagName('h1');
    return headings.length === 1 ? clean(headings[0].textContent) : null;
  },

  /** The author named by rel=author, microdata or a .byline element. */
  byline(doc: Document): string | null {
    const candidates = Array.from(doc.querySelectorAll(BYLINE_CANDIDATES));
    for (const selector of BYLINE_SELECTORS) {
      const [outer, inner] = selector.split(' ');
      const element = inner
        ? candidates.filter((candidate) => candidate.matches(outer)).map((candidate) => candidate.querySelector(inner)).find(Boolean)
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
    const time = times.find((element) => element.matches('[itemprop~="datePublished"], [pubdate], .published'))
      ?? times.find((element) => element.closest('article, main') !== null);
    return clean(time?.getAttribute('datetime'));
  },
};

function clean(value: string | null | undefined): string | null {
  const text = collapseWhitespace(value ?? '');
  return text === '' ? null : text;
}
