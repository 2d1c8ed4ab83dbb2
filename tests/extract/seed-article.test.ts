// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, type Extraction } from '../../lib/extract';

// A path, not a URL object: under the jsdom environment the global URL is jsdom's, which fs refuses.
const folder = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/seed-article');
const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as {
  url: string;
  title: string;
  byline: string;
  siteName: string;
  lang: string;
  publishedTime: string;
  leadImage: string;
  bodyImages: string[];
  mustContain: string[];
  mustNotContain: string[];
};

function extract(): Extraction {
  const { document } = new JSDOM(readFileSync(join(folder, 'page.html'), 'utf8'), { url: expected.url }).window;
  const result = extractArticle(document, { url: expected.url });
  if (!result.ok) throw new Error(`extraction failed: ${result.reason}`);
  return result.extraction;
}

describe('the seed article', () => {
  const extraction = extract();

  it.each(expected.mustContain)('keeps "%s"', (phrase) => {
    expect(extraction.text).toContain(phrase);
  });

  it.each(expected.mustNotContain)('drops "%s"', (phrase) => {
    expect(extraction.text).not.toContain(phrase);
  });

  it('reads the metadata the page declares', () => {
    expect(extraction.title).toBe(expected.title);
    expect(extraction.byline).toBe(expected.byline);
    expect(extraction.siteName).toBe(expected.siteName);
    expect(extraction.lang).toBe(expected.lang);
    expect(extraction.publishedTime).toBe(expected.publishedTime);
  });

  it('resolves the lazy lead image and the in-body image to absolute URLs', () => {
    expect(extraction.leadImage).toBe(expected.leadImage);
    const body = new JSDOM(extraction.html).window.document;
    const sources = Array.from(body.querySelectorAll('img'), (img) => img.getAttribute('src'));
    for (const image of expected.bodyImages) expect(sources).toContain(image);
  });
});
