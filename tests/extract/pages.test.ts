// @vitest-environment jsdom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';

/**
 * One whole page and what its extracted text must and must not hold (see tests/fixtures/pages/).
 * `noArticle` pages (a home page, search results, a tag page, a login form) must give none;
 * `doubt` says whether the result is flagged (null: it must not be).
 */
interface PageExpectation {
  url: string;
  title?: string;
  lang?: string;
  noArticle?: boolean;
  doubt?: string | null;
  mustContain: string[];
  mustNotContain: string[];
}

// A path, not a URL object: under the jsdom environment the global URL is jsdom's, which fs refuses.
const pages = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
const names = readdirSync(pages)
  .filter((name) => existsSync(join(pages, name, 'expected.json')))
  .sort();

describe('whole-page fixtures', () => {
  it('has at least ten pages, and the four kinds of page that are no article', () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
    expect(names).toEqual(
      expect.arrayContaining(['en-home-page', 'en-search-results', 'fr-page-de-mots-cles', 'de-anmeldung']),
    );
  });

  it.each(names)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(pages, name, 'expected.json'), 'utf8')) as PageExpectation;
    const html = readFileSync(join(pages, name, 'page.html'), 'utf8');
    const { document } = new JSDOM(html, { url: expected.url }).window;

    const result = extractArticle(document, { url: expected.url });

    if (expected.noArticle) {
      expect(result).toMatchObject({ ok: false, reason: 'no-article' });
      return;
    }
    if (!result.ok) throw new Error(`${name}: no article (${result.reason}: ${result.detail ?? ''})`);
    const { text } = result.extraction;
    const missing = expected.mustContain.filter((phrase) => !text.includes(phrase));
    const leftOver = expected.mustNotContain.filter((phrase) => text.includes(phrase));
    expect({ missing, leftOver }).toEqual({ missing: [], leftOver: [] });
    if (expected.title) expect(result.extraction.title).toBe(expected.title);
    if (expected.lang) expect(result.extraction.lang).toBe(expected.lang);
    if (expected.doubt !== undefined) expect(result.extraction.doubt ?? null).toBe(expected.doubt);
  });
});
