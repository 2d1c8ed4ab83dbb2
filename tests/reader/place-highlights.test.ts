import { describe, expect, it } from 'vitest';
import { describeOffsets } from '../../lib/highlights/describe-range';
import { createHighlight, quoteOf, type Highlight } from '../../lib/highlights/highlight';
import { highlightKeyAction } from '../../lib/reader/highlight-keys';
import { placeHighlights } from '../../lib/reader/place-highlights';

const TEXT = 'Premier paragraphe sans rien.\nLe passage souligné par la lectrice est ici, au milieu du texte.\nFin.';

function highlightOf(text: string, quote: string): Highlight {
  const start = text.indexOf(quote);
  const target = describeOffsets(text, start, start + quote.length);
  if (!target) throw new Error('no target');
  return createHighlight({ articleId: 'a', target }, 1);
}

describe('placing an article’s highlights', () => {
  it('stores new positions of passages that moved, never the words of a fuzzy match', () => {
    const moved = highlightOf(TEXT, 'passage souligné par la lectrice');
    const edited = highlightOf(TEXT, 'au milieu du texte');
    const gone = highlightOf(TEXT, 'Premier paragraphe sans rien');
    const resaved = `Un chapeau ajouté.\n${TEXT.replace('au milieu du texte', 'au milieux du texte').replace('Premier paragraphe sans rien.\n', '')}`;
    const placement = placeHighlights(resaved, [moved, edited, gone], 5);
    expect(placement.orphans).toEqual(new Set([gone.id]));
    expect(resaved.slice(placement.spans.get(moved.id)?.start, placement.spans.get(moved.id)?.end)).toBe(
      quoteOf(moved).exact,
    );
    expect(resaved.slice(placement.spans.get(edited.id)?.start, placement.spans.get(edited.id)?.end)).toBe(
      'au milieux du texte',
    );
    expect(placement.moved.map((highlight) => highlight.id)).toEqual([moved.id]);
    const [refreshed] = placement.moved;
    expect(refreshed?.target.selector[1].start).toBe(resaved.indexOf('passage souligné'));
    expect(quoteOf(refreshed!).prefix).toContain('Un chapeau ajouté');
    expect(refreshed?.updatedAt).toBe(5);
  });
});

describe('highlight keys', () => {
  const key = (k: string, more: Partial<KeyboardEvent> = {}) =>
    highlightKeyAction({
      key: k,
      altKey: false,
      ctrlKey: false,
      metaKey: false,
      isComposing: false,
      target: document.body,
      ...more,
    });

  it('maps h and n, and leaves modified keys and typing in fields alone', () => {
    expect(key('h')).toBe('highlight');
    expect(key('n')).toBe('highlight-with-note');
    expect(key('x')).toBeNull();
    expect(key('h', { ctrlKey: true })).toBeNull();
    expect(key('n', { target: document.createElement('textarea') })).toBeNull();
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(editable);
    expect(key('h', { target: editable })).toBeNull();
  });
});
