// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractInParts } from '../../lib/extract';
import { FIRST_SCREEN_CHARS, firstScreenOf } from '../../lib/extract/first-screen';
import { extractPage } from '../../lib/capture/extract-page';
import { finishPage } from '../../lib/capture/finish-page';
import { finishArticle } from '../../lib/extract/finish-article';
import { sanitizeToParts } from '../../lib/shared/sanitize';

const folder = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/seed-article');
const url = 'https://journal-numerique.example/ia/trop-de-requetes-sur-chatgpt/';
const seedPage = () => new JSDOM(readFileSync(join(folder, 'page.html'), 'utf8'), { url }).window.document;
/** HTML without its closing tags at the end: what any longer HTML with the same start begins with. */
const opening = (html: string) => html.replace(/(<\/[a-z0-9]+>\s*)+$/i, '');

describe('the first screen of an article', () => {
  it('copies the opening blocks inside copies of their wrappers, leaving the article whole', () => {
    const { document } = new JSDOM('<div id="readability-page-1" class="page"><div id="a"></div></div>').window;
    const inner = document.getElementById('a')!;
    for (let i = 0; i < 40; i += 1)
      inner.append(Object.assign(document.createElement('p'), { textContent: 'x'.repeat(300) }));
    const head = firstScreenOf(document.body.firstElementChild!)!;
    expect(head.outerHTML.startsWith('<div id="readability-page-1" class="page"><div id="a"><p>')).toBe(true);
    const paragraphs = head.querySelectorAll('p').length;
    expect(paragraphs * 300).toBeGreaterThanOrEqual(FIRST_SCREEN_CHARS);
    expect(paragraphs).toBeLessThan(40);
    expect(inner.children).toHaveLength(40);
  });

  it('is null for an article shorter than a screen', () => {
    const { document } = new JSDOM('<div><p>Short.</p><p>Article.</p></div>').window;
    expect(firstScreenOf(document.body.firstElementChild!)).toBeNull();
  });

  it('gives the seed article in two parts: the same metadata, a first screen the whole body starts with', () => {
    const parts = extractInParts(seedPage(), { url });
    const whole = extractArticle(seedPage(), { url });
    if (!parts.ok || !whole.ok) throw new Error('no article');
    const rest = parts.finish();
    expect(rest).toEqual(whole);
    const { html, complete, readingMinutes, ...fields } = parts.first;
    expect(fields).toEqual({
      url: whole.extraction.url,
      title: whole.extraction.title,
      byline: whole.extraction.byline,
      siteName: whole.extraction.siteName,
      lang: whole.extraction.lang,
      dir: whole.extraction.dir,
      publishedTime: whole.extraction.publishedTime,
      leadImage: whole.extraction.leadImage,
      excerpt: whole.extraction.excerpt,
    });
    expect(Math.abs(readingMinutes - whole.extraction.readingMinutes)).toBeLessThanOrEqual(1);
    if (complete) expect(html).toBe(whole.extraction.html);
    else expect(whole.extraction.html.startsWith(opening(html))).toBe(true);
    expect(html.length).toBeLessThanOrEqual(whole.extraction.html.length);
  });

  it('the injected script returns the first part unsanitized and leaves the article for a second script', async () => {
    const parts = extractInParts(seedPage(), { url });
    const page = await extractPage(seedPage());
    if (!page.ok || !parts.ok) throw new Error('no article');
    // The popup sanitizes the first screen it gets: the same HTML as the pipeline's first part.
    expect({ ...page.first, html: sanitizeToParts(page.first.html).html }).toEqual(parts.first);
    // The page hands the whole article over unsanitized; finished in an extension page, it is
    // exactly what the pipeline gives when it runs in one place.
    const rest = finishPage();
    if (!rest.ok) throw new Error(rest.reason);
    expect(finishArticle(rest.article)).toEqual(parts.finish());
    // Taken once: a second call finds nothing left.
    expect(finishPage()).toMatchObject({ ok: false, reason: 'no-article' });
  });
});
