import { collapseWhitespace } from '../shared/text';
import { isHttpUrl } from '../shared/urls';
/** What the page's schema.org JSON-LD says about its article; every field may be missing. */
export interface JsonLdArticle {
  headline: string | null;
  /** The article's `name`, often the plain title where `headline` is a description. */
  name: string | null;
  byline: string | null;
  publisher: string | null;
  publishedTime: string | null;
  lang: string | null;
  image: string | null;
  description: string | null;
}

/**
 * schema.org types that describe an article (Article and its subtypes, as Readability lists
 * them). WebPage and Product are left out: their "name" is a page or product, not a headline.
 */
const ARTICLE_TYPE =
  /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|BlogPosting|DiscussionForumPosting|LiveBlogPosting|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|TechArticle)$/;

type Json = Record<string, unknown>;

/** Reads the first schema.org article in the page's JSON-LD blocks, including inside @graph. */
export function readJsonLd(doc: Document): JsonLdArticle | null {
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const article = findArticle(parseJson(script.textContent ?? ''));
    if (article) return toArticle(article);
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    // CMSs wrap JSON-LD in CDATA markers for old XHTML validators.
    return JSON.parse(text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
  } catch {
    // Broken JSON-LD is common (trailing commas, raw newlines); the meta tags still apply.
    return null;
  }
}

function findArticle(node: unknown): Json | null {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findArticle(item);
      if (found) return found;
    }
    return null;
  }
  if (!isObject(node)) return null;
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type))) return node;
  return findArticle(node['@graph']);
}

function toArticle(node: Json): JsonLdArticle {
  return {
    headline: text(node.headline),
    name: text(node.name),
    byline: names(node.author),
    publisher: names(node.publisher),
    publishedTime: text(node.datePublished) ?? text(node.dateCreated),
    lang: text(node.inLanguage),
    image: imageUrl(node.image) ?? imageUrl(node.thumbnailUrl),
    description: text(node.description),
  };
}

function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value])
    .map((item) => (isObject(item) ? text(item.name) : text(item)))
    // An author given as a profile URL is no name to show.
    .filter((name): name is string => name !== null && !isHttpUrl(name));
  return list.length > 0 ? [...new Set(list)].join(', ') : null;
}

function imageUrl(value: unknown): string | null {
  if (Array.isArray(value)) return imageUrl(value[0]);
  if (isObject(value)) return text(value.url) ?? text(value.contentUrl);
  return text(value);
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = collapseWhitespace(decodeEntities(value));
  return trimmed.length > 0 ? trimmed : null;
}

/** JSON-LD is raw text, so CMSs that escape titles for HTML leave "&amp;" and "&#8217;" in it. */
function decodeEntities(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return value.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi,
    (entity, dec?: string, hex?: string, name?: string) => {
      if (name) return named[name.toLowerCase()];
      const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    },
  );
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
