import { describe, expect, it } from 'vitest';
import { wrapSpans } from '../../lib/highlights/mark-ranges';
import { buildTextMap } from '../../lib/highlights/text-map';
import { renderArticle } from './article-fixture';

describe('wrapping placed highlights', () => {
  it('wraps overlapping highlights without nesting, across elements, leaving the text as it was', () => {
    const root = renderArticle('<p>Un <em>deux trois</em> quatre</p><p>cinq six</p>');
    const map = buildTextMap(root);
    const at = (word: string) => map.text.indexOf(word);
    const doc = root.ownerDocument;
    const firsts = wrapSpans(
      map,
      [
        { id: 'a', start: at('deux'), end: at('quatre') + 6 },
        { id: 'b', start: at('trois'), end: at('six') + 3 },
      ],
      (ids) => {
        const mark = doc.createElement('mark');
        mark.setAttribute('data-ids', ids.join(' '));
        return mark;
      },
      (id) => doc.createTextNode(`[${id}]`),
    );
    expect(root.querySelectorAll('mark mark')).toHaveLength(0);
    expect(
      [...root.querySelectorAll('mark')].map((mark) => `${mark.getAttribute('data-ids')}:${mark.textContent}`),
    ).toEqual(['a:deux ', 'a b:trois', 'a b: quatre', 'b:cinq six']);
    expect(root.textContent).toBe('Un deux trois quatre[a]cinq six[b]');
    expect(firsts.get('a')?.textContent).toBe('deux ');
    expect(firsts.get('b')?.textContent).toBe('trois');
  });
});
