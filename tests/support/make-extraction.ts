import type { Extraction } from '../../lib/extract/types';
import type { SafeHtml } from '../../lib/shared/sanitize';

/** A minimal extraction for storage tests (no sanitizing involved: the HTML is a fixed literal). */
export function makeExtraction(url: string, title: string, text: string, extra: Partial<Extraction> = {}): Extraction {
  return {
    url,
    title,
    byline: null,
    siteName: 'Exemple',
    lang: 'fr',
    dir: 'ltr',
    publishedTime: null,
    leadImage: null,
    excerpt: text.slice(0, 80),
    wordCount: text.split(/\s+/).length,
    readingMinutes: 1,
    html: `<p>${title}</p>` as SafeHtml,
    text,
    ...extra,
  };
}
