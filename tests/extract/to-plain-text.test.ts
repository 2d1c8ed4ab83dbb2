// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../lib/extract/to-plain-text';
import { body } from './dom';

describe('toPlainText', () => {
  it('puts one line break between blocks and never glues them', () => {
    const text = toPlainText(
      body(
        '<h2>Title</h2><p>First.</p><p>Second.</p><blockquote>Quote</blockquote><figure><img src="a.jpg"><figcaption>Caption</figcaption></figure>',
      ),
    );
    expect(text).toBe('Title\nFirst.\nSecond.\nQuote\nCaption');
  });

  it('does not split inline elements and collapses whitespace', () => {
    expect(toPlainText(body('<p>An <em>inline</em>\n   <a href="#">link</a>, <strong>bold</strong>text.</p>'))).toBe(
      'An inline link, boldtext.',
    );
  });

  it('gives each list item and table row a line, cells separated by tabs', () => {
    expect(
      toPlainText(
        body(
          '<ul><li>One</li><li>Two</li></ul><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>',
        ),
      ),
    ).toBe('One\nTwo\nA\tB\n1\t2');
  });

  it('keeps the lines of preformatted text', () => {
    expect(toPlainText(body('<p>Code:</p><pre><code>a = 1\n  b = 2</code></pre>'))).toBe('Code:\na = 1\n  b = 2');
  });

  it('turns <br> into a line break', () => {
    expect(toPlainText(body('<p>Line one<br>Line two</p>'))).toBe('Line one\nLine two');
  });

  it('skips scripts and styles', () => {
    expect(toPlainText(body('<p>Text</p><script>alert(1)</script><style>p{}</style>'))).toBe('Text');
  });
});
