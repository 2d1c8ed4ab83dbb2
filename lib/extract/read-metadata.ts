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
}

/** Reads title, byline, site, language, dates and lead image from JSON-LD, meta tags and markup. */
export function readMetadata(doc: Document, url: string): PageMetadata {
  // STUB: replaced by the real step.
  void url;
  return {
    canonicalUrl: null, title: doc.title || null, byline: null, siteName: null,
    lang: doc.documentElement.lang || null, dir: null, publishedTime: null, leadImage: null, excerpt: null,
  };
}
