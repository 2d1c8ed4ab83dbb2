import { Blob as NodeBlob } from 'node:buffer';
import type { Extraction, UnsanitizedArticle } from '../../lib/extract/types';
import type { SafeHtml } from '../../lib/shared/sanitize';

/** An extraction as the pipeline returns it, with two images in its body. */
export function anExtraction(overrides: Partial<Extraction> = {}): Extraction {
  return {
    url: 'https://news.example/article',
    title: 'A calm article',
    byline: 'Ada',
    siteName: 'News',
    lang: 'en',
    dir: 'ltr',
    publishedTime: null,
    leadImage: 'https://cdn.example/lead.jpg',
    excerpt: 'Calm.',
    wordCount: 3,
    readingMinutes: 1,
    html: '<p>Calm words.</p><img src="https://news.example/a.png" alt="A"><img src="https://cdn.example/b.png" alt="B">' as SafeHtml,
    text: 'Calm words.',
    ...overrides,
  };
}

/** anExtraction's article as a page hands it over (lib/capture/finish-page.ts): its HTML not sanitized yet. */
export function aHandedOverArticle(overrides: Partial<UnsanitizedArticle> = {}): UnsanitizedArticle {
  const { wordCount: _words, readingMinutes: _minutes, text: _text, ...article } = anExtraction();
  return { ...article, ...overrides };
}

/**
 * A Blob that survives fake-indexeddb: Node's structuredClone keeps Node's Blob, while
 * happy-dom's Blob comes back as a plain object.
 */
export function aBlob(content = 'png-bytes', type = 'image/png'): Blob {
  return new NodeBlob([content], { type }) as unknown as Blob;
}
