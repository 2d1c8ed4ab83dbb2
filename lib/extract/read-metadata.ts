import { readJsonLd } from './read-json-ld';
import { findLeadImage } from './find-lead-image';
import { readMetaTags } from './read-meta-tags';
import { markupMetadata as markup } from './markup-metadata';
import { pickTitle } from './pick-title';
import type { TitleEvidence } from './clean-title';
import { isHttpUrl, parseHttpUrl } from '../shared/urls';

/** Meta titles in Readability's order, so that Liseuse and Firefox's reader agree where the page is ambiguous. */
const META_TITLES = ['dc:title', 'dcterm:title', 'og:title', 'twitter:title', 'title', 'parsely-title'];

/** Metadata the page declares about itself, read before any step removes parts of it. */
export interface PageMetadata {
  canonicalUrl: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  publishedTime: string | null;
  leadImage: string | null;
  excerpt: string | null;
  /** What the title was cleaned against (headings, site names, host): the corpus suite reuses it. */
  titleEvidence: TitleEvidence;
}

/**
 * Reads title, byline, site, language, dates and lead image from JSON-LD, meta tags and markup.
 * Sources are ranked by how deliberately the page wrote them: JSON-LD and Open Graph are written
 * for machines and hold the full values; markup (<time>, .byline) is a fallback.
 */
export function readMetadata(doc: Document, url: string): PageMetadata {
  const ld = readJsonLd(doc);
  const meta = readMetaTags(doc);
  const pick = (...names: string[]) => names.map((name) => meta.get(name)).find((value) => value) ?? null;

  const siteName = pick('og:site_name') ?? ld?.publisher ?? pick('application-name');
  const { headings, siteNames } = markup.headings(doc);
  const byline =
    ld?.byline ??
    authorName(pick('author', 'article:author', 'dc:creator', 'dcterm:creator', 'parsely-author', 'sailthru.author')) ??
    markup.byline(doc);
  const titleEvidence: TitleEvidence = {
    headings,
    siteNames: [siteName, ld?.publisher, pick('application-name'), pick('twitter:site'), byline, ...siteNames].filter(
      (name): name is string => typeof name === 'string' && name !== '',
    ),
    host: parseHttpUrl(url)?.hostname ?? null,
  };
  const title = pickTitle(
    {
      ldHeadline: ld?.headline ?? null,
      ldName: ld?.name ?? null,
      meta: META_TITLES.map((name) => [name, meta.get(name) ?? null] as const),
      documentTitle: doc.title,
    },
    titleEvidence,
  );
  return {
    canonicalUrl: canonicalUrl(doc, url, pick('og:url')),
    title,
    byline,
    siteName,
    lang: markup.lang(doc) ?? ld?.lang ?? pick('content-language', 'dc:language') ?? locale(pick('og:locale')),
    dir: markup.dir(doc),
    publishedTime:
      ld?.publishedTime ??
      pick(
        'article:published_time',
        'og:published_time',
        'datepublished',
        'date',
        'dc:date',
        'dcterm:created',
        'parsely-pub-date',
        'sailthru.date',
      ) ??
      markup.publishedTime(doc),
    leadImage:
      absolute(
        pick('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ?? ld?.image,
        url,
      ) ?? findLeadImage(doc.body ?? doc.documentElement),
    excerpt: ld?.description ?? pick('og:description', 'twitter:description', 'description', 'dc:description'),
    titleEvidence,
  };
}

/** A meta author is sometimes a profile URL (Facebook's article:author): no name to show. */
function authorName(value: string | null): string | null {
  return value !== null && !isHttpUrl(value) ? value : null;
}

/** Open Graph locales use underscores ("fr_FR"); BCP 47 wants "fr-FR". */
function locale(value: string | null): string | null {
  return value ? value.replace('_', '-') : null;
}

function canonicalUrl(doc: Document, url: string, ogUrl: string | null): string | null {
  const declared = absolute(doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? ogUrl, url);
  if (declared === null) return null;
  // Some sites point every page's canonical at their home page; that is not this article.
  const isHome = (address: string | null) => address !== null && new URL(address).pathname === '/';
  return isHome(declared) && !isHome(absolute(url, url) ?? url) ? null : declared;
}

/** The absolute http(s) address `value` names, else null: a page's metadata may not name a script. */
function absolute(value: string | null | undefined, url: string): string | null {
  if (!value) return null;
  try {
    const href = new URL(value.trim(), url).href;
    return isHttpUrl(href) ? href : null;
  } catch {
    // A malformed URL in a meta tag: better no lead image or canonical than a broken one.
    return null;
  }
}
