import { describe, expect, it } from 'vitest';
import { FOCUS_HIGHLIGHT, MARK_IDS_ATTRIBUTE, createHighlightPainter } from '../../lib/reader/highlight-painter';
import { renderArticle } from '../highlights/article-fixture';

const HTML = '<p>Un <em>deux trois</em> quatre</p><p>cinq six sept</p>';

/** Gives a jsdom window the CSS Custom Highlight API's shape (jsdom has none). */
function withHighlightApi(root: HTMLElement): Map<string, { ranges: Range[]; priority: number }> {
  const registry = new Map<string, { ranges: Range[]; priority: number }>();
  const win = root.ownerDocument.defaultView as unknown as Record<string, unknown>;
  win.CSS = { highlights: registry };
  win.Highlight = class {
    ranges: Range[];
    priority = 0;
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  };
  return registry;
}

describe('painting highlights', () => {
  it('registers one CSS highlight per colour and one for the focused highlight, leaving the DOM alone', () => {
    const root = renderArticle(HTML);
    const registry = withHighlightApi(root);
    const before = root.innerHTML;
    const painter = createHighlightPainter(root);
    const text = painter.map().text;
    painter.paint(
      [
        { id: 'a', colour: 'green', start: text.indexOf('deux'), end: text.indexOf('quatre') + 6 },
        { id: 'b', colour: 'pink', start: text.indexOf('six'), end: text.indexOf('six') + 3 },
        { id: 'c', colour: 'green', start: 0, end: 2 },
      ],
      'b',
    );
    expect(painter.native).toBe(true);
    expect([...registry.keys()].sort()).toEqual([FOCUS_HIGHLIGHT, 'liseuse-green', 'liseuse-pink']);
    expect(registry.get('liseuse-green')?.ranges.map(String)).toEqual(['deux trois quatre', 'Un']);
    expect(registry.get(FOCUS_HIGHLIGHT)?.ranges.map(String)).toEqual(['six']);
    expect(root.innerHTML).toBe(before);
    expect(painter.rangeOf('a')?.toString()).toBe('deux trois quatre');
    painter.clear();
    expect(registry.size).toBe(0);
  });

  it('falls back to <mark> elements without the API, and removes them again on repaint', () => {
    const root = renderArticle(HTML);
    const painter = createHighlightPainter(root);
    const text = painter.map().text;
    painter.paint([{ id: 'a', colour: 'blue', start: text.indexOf('trois'), end: text.indexOf('cinq') + 4 }], 'a');
    expect(painter.native).toBe(false);
    const marks = [...root.querySelectorAll(`mark[${MARK_IDS_ATTRIBUTE}]`)];
    expect(marks.map((mark) => mark.textContent)).toEqual(['trois', ' quatre', 'cinq']);
    expect(marks[0].className).toBe('liseuse-mark liseuse-blue liseuse-focus');
    expect(painter.map().text).toBe(text);
    expect(painter.rangeOf('a')?.toString()).toBe('trois quatrecinq');
    painter.paint([], null);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    expect(root.innerHTML).toBe(renderArticle(HTML).innerHTML);
  });
});
