/** Metadata read from the visible markup, for pages whose head declares little. */
export interface MarkupMetadata {
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** Text of the page's only <h1>; null when it has none or several. */
  heading: string | null;
  byline: string | null;
  publishedTime: string | null;
}

/**
 * Author markup, most explicit first: rel=author links and microdata name the person; the
 * .byline and .author classes are the WordPress and news-theme conventions.
 */
const BYLINE_SELECTORS = ['[itemprop~="author"] [itemprop~="name"]', '[rel~="author"]', '[itemprop~="author"]', '.byline .author', '.byline', '.author-name'];

/** Words pages put before the name ("By Jane Doe", "par Camille Moreau", "von …", "por …"). */
const BYLINE_PREFIX = /^(?:by|par|von|por|di|door|de|written by|écrit par)\s+/i;

/** A byline longer than this is a paragraph that happens to carry the class, not a name. */
const MAX_BYLINE_LENGTH = 100;

/** Reads language, direction, heading, byline and publication date from the page's markup. */
export function readMarkupMetadata(doc: Document): MarkupMetadata {
  const root = doc.documentElement;
  const headings = doc.querySelectorAll('h1');
  return {
    lang: root.getAttribute('lang')?.trim() || root.getAttribute('xml:lang')?.trim() || null,
    dir: direction(root.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? null),
    heading: headings.length === 1 ? clean(headings[0].textContent) : null,
    byline: byline(doc),
    publishedTime: publishedTime(doc),
  };
}

function direction(value: string | null): 'ltr' | 'rtl' | null {
  const dir = value?.trim().toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

function byline(doc: Document): string | null {
  for (const selector of BYLINE_SELECTORS) {
    const element = doc.querySelector(selector);
    const value = clean(element?.getAttribute('content') ?? element?.textContent)?.replace(BYLINE_PREFIX, '');
    if (value && value.length <= MAX_BYLINE_LENGTH) return value;
  }
  return null;
}

function publishedTime(doc: Document): string | null {
  // Only a date inside the article counts: a <time> in the site header is often today's date.
  const time = doc.querySelector('[itemprop~="datePublished"][datetime], time[pubdate][datetime], time.published[datetime]')
    ?? doc.querySelector('article time[datetime], main time[datetime]');
  return clean(time?.getAttribute('datetime'));
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
