// @vitest-environment jsdom
// (finishArticle sanitizes: DOMPurify does not sanitize under happy-dom.)
import { describe, expect, it } from 'vitest';
import { finishArticle } from '../../lib/extract/finish-article';
import { aHandedOverArticle, anExtraction } from '../support/fixtures';

describe('finishing the article a page handed over, in an extension page', () => {
  it('sanitizes its HTML and derives its text and word count, keeping its metadata', () => {
    const handedOver = aHandedOverArticle({
      html: '<div><p onclick="steal()">Calm <a href="javascript:alert(1)">words</a> here.</p><script>alert(2)</script></div>',
    });

    const result = finishArticle(handedOver);

    if (!result.ok) throw new Error(result.reason);
    const { html, text, wordCount, readingMinutes, ...metadata } = result.extraction;
    expect(html).toBe('<div><p>Calm <a>words</a> here.</p></div>');
    expect(text).toBe('Calm words here.');
    expect([wordCount, readingMinutes]).toEqual([3, 1]);
    const { html: _html, text: _text, wordCount: _words, readingMinutes: _minutes, ...expected } = anExtraction();
    expect(metadata).toEqual(expected);
  });

  it('says there is no article, rather than throwing, when the HTML cannot be sanitized', () => {
    const noDom = {} as Window;

    expect(finishArticle(aHandedOverArticle(), noDom)).toMatchObject({ ok: false, reason: 'no-article' });
  });
});
