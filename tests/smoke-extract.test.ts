// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../lib/extract';

describe('extractArticle', () => {
  it('returns an article for a simple page', () => {
    document.body.innerHTML = `<article><h1>Title</h1>${'<p>Some long paragraph of real text, with commas, and more words to read.</p>'.repeat(10)}</article>`;
    const result = extractArticle(document, { url: 'https://example.org/a' });
    expect(result.ok).toBe(true);
  });
});
