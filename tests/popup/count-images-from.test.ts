import { describe, expect, it } from 'vitest';
import { countImagesFrom } from '../../lib/popup/count-images-from';
import type { Extraction } from '../../lib/extract/types';
import type { SafeHtml } from '../../lib/shared/sanitize';

const extraction: Extraction = {
  url: 'https://news.example/a',
  title: 'A',
  byline: null,
  siteName: null,
  lang: 'en',
  dir: null,
  publishedTime: null,
  leadImage: 'https://cdn.example/lead.jpg',
  excerpt: null,
  wordCount: 300,
  readingMinutes: 2,
  html: ('<p><img src="https://news.example/own.jpg"><img src="https://cdn.example/1.jpg">' +
    '<img src="https://cdn.example/1.jpg"><img src="https://img.example/2.jpg"></p>') as SafeHtml,
  text: 'Body',
};

describe('countImagesFrom', () => {
  it('counts distinct images, lead image included, from the given sites only', () => {
    expect(countImagesFrom(extraction, ['https://cdn.example'], new Map())).toBe(2);
    expect(countImagesFrom(extraction, ['https://cdn.example', 'https://img.example'], new Map())).toBe(3);
  });

  it('leaves out images already kept', () => {
    const stored = new Map([['https://cdn.example/lead.jpg', new Blob(['x'])]]);
    expect(countImagesFrom(extraction, ['https://cdn.example'], stored)).toBe(1);
  });
});
