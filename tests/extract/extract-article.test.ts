// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, MAX_ELEMENTS_TO_PARSE } from '../../lib/extract';
import { markdownOfHtml } from '../../lib/export/html-to-markdown';
import { page } from './dom';

const PARAGRAPHS =
  '<p>A long paragraph of real article text, with commas, clauses, and enough words to be read as content by Readability.</p>'.repeat(
    8,
  );

describe('extractArticle', () => {
  it('gives the seed page the metadata and images expected.json lists', () => {
    const expected = JSON.parse(readFileSync('tests/fixtures/seed-article/expected.json', 'utf8'));
    const doc = page(readFileSync('tests/fixtures/seed-article/page.html', 'utf8'), expected.url);
    const result = extractArticle(doc, { url: expected.url });
    if (!result.ok) throw new Error(`no article: ${result.reason}`);
    const { extraction } = result;
    expect({
      url: extraction.url,
      title: extraction.title,
      byline: extraction.byline,
      siteName: extraction.siteName,
      lang: extraction.lang,
      publishedTime: extraction.publishedTime,
      leadImage: extraction.leadImage,
    }).toEqual({
      url: expected.url,
      title: expected.title,
      byline: expected.byline,
      siteName: expected.siteName,
      lang: expected.lang,
      publishedTime: expected.publishedTime,
      leadImage: expected.leadImage,
    });
    for (const image of expected.bodyImages) expect(extraction.html).toContain(`src="${image}"`);
    expect(extraction.html).not.toContain('data:image/svg+xml');
    expect(markdownOfHtml(extraction.html, doc.defaultView!)).toContain(`](${expected.bodyImages[0]})`);
  });

  it('resolves relative links and lazy images against options.url, not where the document was parsed', () => {
    const doc = page(
      `<html><body><article><h1>T</h1>${PARAGRAPHS}<p>See <a href="/more">more</a> and <a href="#fn1">note</a>.</p>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-src="pics/a.jpg" width="800" height="600">${PARAGRAPHS}</article></body></html>`,
      'http://localhost:3000/',
    );
    const result = extractArticle(doc, { url: 'https://site.example/2025/post' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.extraction.html).toContain('href="https://site.example/more"');
    expect(result.extraction.html).toContain('href="#fn1"');
    expect(result.extraction.html).toContain('src="https://site.example/2025/pics/a.jpg"');
    expect(result.extraction.leadImage).toBe('https://site.example/2025/pics/a.jpg');
  });

  it('never changes the live page', () => {
    const doc = page(`<html><body><article>${PARAGRAPHS}<img data-src="/a.jpg"></article></body></html>`);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps code languages through Readability for the Markdown fences', () => {
    const doc = page(
      `<html><body><article>${PARAGRAPHS}<pre><code class="language-python">print("hi")</code></pre>${PARAGRAPHS}</article></body></html>`,
    );
    const result = extractArticle(doc);
    if (!result.ok) throw new Error(result.reason);
    expect(markdownOfHtml(result.extraction.html, doc.defaultView!)).toContain('```python\nprint("hi")\n```');
  });

  it('counts words and reading time from the clean text', () => {
    const doc = page(`<html><body><article>${PARAGRAPHS}</article></body></html>`);
    const result = extractArticle(doc);
    if (!result.ok) throw new Error(result.reason);
    expect(result.extraction.wordCount).toBe(8 * 20);
    expect(result.extraction.readingMinutes).toBe(1);
    expect(result.extraction.text.split('\n')).toHaveLength(8);
  });

  it('reports a page without text as no-article', () => {
    expect(extractArticle(page('<html><body></body></html>'))).toEqual({ ok: false, reason: 'no-article' });
  });

  it('reports a home page made of headline links as no-article', () => {
    const links = Array.from(
      { length: 12 },
      (_, index) => `<li><a href="/article-${index}.html">Headline number ${index} of the day</a></li>`,
    ).join('');
    expect(extractArticle(page(`<html><body><main><ul>${links}</ul></main></body></html>`))).toMatchObject({
      ok: false,
      reason: 'no-article',
    });
  });

  it('fails at once with a clear reason past the element budget instead of hanging', () => {
    // 40,000 nested and sibling elements: the shape that makes Readability run for minutes
    // (mozilla/readability issues 580 and 977).
    const cell = '<div><span>x</span></div>'.repeat(15_500);
    const result = extractArticle(page(`<html><body><article>${PARAGRAPHS}${cell}</article></body></html>`));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('timeout');
    expect(result.detail).toMatch(/elements, more than the 30000/);
  }, 60_000);

  it('honours a smaller budget given in the options', () => {
    const result = extractArticle(page(`<html><body><article>${PARAGRAPHS}</article></body></html>`), {
      maxElemsToParse: 5,
    });
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    expect(MAX_ELEMENTS_TO_PARSE).toBe(30_000);
  });
});
