import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../lib/highlights/text-map';
import { offsetAt, pointAt, rangeAt } from '../../lib/highlights/text-points';
import { articleHtml, renderArticle } from './article-fixture';

const collapse = (text: string) =>
  text
    .replace(/[\u00ad\u200b-\u200d\u2060]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('normalized article text', () => {
  it('collapses whitespace, drops invisible characters and ends every block with a line break', () => {
    const root = renderArticle(
      '<h2>  Un   titre </h2>\n<p>Hello   <b>world</b>\n</p><p>Second&nbsp;para\u00adgraphe\u200b ici</p>' +
        '<ul><li>un</li><li> deux <i> trois</i></li></ul><p>a<br>b</p><pre>  code\n    indenté</pre><p>fin</p>',
    );
    expect(buildTextMap(root).text).toBe(
      'Un titre\nHello world\nSecond paragraphe ici\nun\ndeux trois\na\nb\n  code\n    indenté\nfin',
    );
  });

  it('skips text nobody can see or select', () => {
    const root = renderArticle('<p>avant<script>var x = 1;</script><style>p{}</style> après</p>');
    expect(buildTextMap(root).text).toBe('avant après');
  });

  it('maps every offset to a DOM point and back', () => {
    const root = renderArticle(articleHtml(30));
    const map = buildTextMap(root);
    for (let offset = 0; offset < map.text.length; offset += 1) {
      if (map.text[offset] === '\n') continue;
      const point = pointAt(map, offset, 'start');
      if (!point) throw new Error('no point');
      expect(offsetAt(map, point.node, point.offset)).toBe(offset);
    }
  });

  it('gives ranges whose text is the normalized slice', () => {
    const root = renderArticle(articleHtml(40));
    const map = buildTextMap(root);
    for (let start = 0; start < map.text.length; start += 97) {
      const end = Math.min(map.text.length, start + 1 + ((start * 7) % 400));
      const range = rangeAt(map, start, end);
      expect(collapse(range?.toString() ?? '')).toBe(collapse(map.text.slice(start, end)));
    }
  });

  it('reads a point between elements as the start of the next text', () => {
    const root = renderArticle('<p>one</p><p>two</p>');
    const map = buildTextMap(root);
    expect(offsetAt(map, root, 1)).toBe(4);
    expect(offsetAt(map, root, 2)).toBe(map.text.length);
    expect(offsetAt(map, root, 0)).toBe(0);
  });
});
