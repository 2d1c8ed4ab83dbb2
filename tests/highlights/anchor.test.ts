import { describe, expect, it } from 'vitest';
import { anchorAll, anchorTarget } from '../../lib/highlights/anchor';
import { describeOffsets, describeRange, CONTEXT_MAX, CONTEXT_MIN } from '../../lib/highlights/describe-range';
import { createHighlight, quoteOf, type Highlight } from '../../lib/highlights/highlight';
import { buildTextMap } from '../../lib/highlights/text-map';
import { rangeAt } from '../../lib/highlights/text-points';
import { articleHtml, paragraphHtml, paragraphText, renderArticle } from './article-fixture';

/** Highlights the words [from, to) of paragraph `index`'s text in the rendered `root`. */
function highlightIn(
  root: HTMLElement,
  index: number,
  from: number,
  to: number,
  text = paragraphText(index),
): Highlight {
  const map = buildTextMap(root);
  const start = map.text.indexOf(text) + from;
  const range = rangeAt(map, start, map.text.indexOf(text) + to);
  if (!range) throw new Error('no range');
  const target = describeRange(map, range);
  if (!target) throw new Error('no target');
  return createHighlight({ articleId: 'a', target });
}

function textOfAnchor(root: HTMLElement, highlight: Highlight): string | null {
  const map = buildTextMap(root);
  const anchoring = anchorTarget(map.text, highlight.target);
  if (anchoring.status === 'orphan') return null;
  return map.text.slice(anchoring.start, anchoring.end);
}

describe('describing a selection', () => {
  it('keeps the exact words, 32 to 64 characters of context each side, and the position', () => {
    const root = renderArticle(articleHtml(10));
    const highlight = highlightIn(root, 4, 30, 90);
    const quote = quoteOf(highlight);
    const text = buildTextMap(root).text;
    expect(quote.exact).toBe(paragraphText(4).slice(30, 90).trim());
    expect(quote.prefix.length).toBeGreaterThanOrEqual(CONTEXT_MIN);
    expect(quote.prefix.length).toBeLessThanOrEqual(CONTEXT_MAX);
    expect(quote.suffix.length).toBeGreaterThanOrEqual(CONTEXT_MIN);
    expect(quote.suffix.length).toBeLessThanOrEqual(CONTEXT_MAX);
    const [, position] = highlight.target.selector;
    expect(text.slice(position.start, position.end)).toBe(quote.exact);
    expect(text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
  });

  it('leaves out whitespace at the ends and refuses a blank selection', () => {
    expect(describeOffsets('  deux mots  ', 0, 13)?.selector[0].exact).toBe('deux mots');
    expect(describeOffsets('a   b', 1, 2)).toBeNull();
  });

  it('clips a selection that starts before the article to the article', () => {
    const root = renderArticle('<p>Premier paragraphe.</p>');
    const title = root.ownerDocument.createElement('h1');
    title.textContent = 'Titre';
    root.before(title);
    const range = root.ownerDocument.createRange();
    range.setStart(title.firstChild as Text, 1);
    range.setEnd(root.querySelector('p')?.firstChild as Text, 7);
    expect(describeRange(buildTextMap(root), range)?.selector[0].exact).toBe('Premier');
  });
});

describe('anchoring highlights again', () => {
  it('(a) finds every highlight at its stored position after a re-render', () => {
    const html = articleHtml(40);
    const first = renderArticle(html);
    const highlights = [highlightIn(first, 2, 0, 50), highlightIn(first, 10, 20, 120), highlightIn(first, 33, 5, 60)];
    const again = buildTextMap(renderArticle(html));
    for (const anchoring of anchorAll(again.text, highlights).values())
      expect(anchoring).toMatchObject({ status: 'anchored', method: 'position' });
  });

  it('(b) follows a re-saved page: a paragraph inserted before, a typo fixed inside, a paragraph deleted', () => {
    const typo = (index: number) => paragraphText(index).replace('lecture', 'lectrue');
    const original = renderArticle(
      articleHtml(30, (index) => (index === 12 ? paragraphHtml(12, typo(12)) : paragraphHtml(index))),
    );
    const moved = highlightIn(original, 8, 10, 80);
    const corrected = highlightIn(original, 12, 0, typo(12).indexOf('.'), typo(12));
    const deleted = highlightIn(original, 20, 5, 70);
    expect(quoteOf(corrected).exact).toContain('lectrue');

    const resaved = renderArticle(
      articleHtml(30, (index) => {
        if (index === 20) return null;
        if (index === 2)
          return `${paragraphHtml(2)}\n<p>Un paragraphe ajouté par la rédaction, bien avant les passages soulignés.</p>`;
        return paragraphHtml(index);
      }),
    );
    const map = buildTextMap(resaved);
    const results = anchorAll(map.text, [moved, corrected, deleted]);
    expect(results.get(moved.id)).toMatchObject({ status: 'anchored', method: 'quote' });
    expect(textOfAnchor(resaved, moved)).toBe(quoteOf(moved).exact);
    expect(results.get(corrected.id)).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    expect(textOfAnchor(resaved, corrected)).toBe(paragraphText(12).slice(0, paragraphText(12).indexOf('.')));
    // The passage is gone with its paragraph: an orphan, still there to list, never dropped.
    expect(results.get(deleted.id)).toEqual({ status: 'orphan' });
    expect(results.size).toBe(3);
  });

  it('tells repeated quotes apart by their context', () => {
    const root = renderArticle(articleHtml(30));
    const map = buildTextMap(root);
    const refrain = 'Ce refrain revient plusieurs fois';
    const second = map.text.indexOf(refrain, map.text.indexOf(refrain) + 1);
    const target = describeOffsets(map.text, second, second + refrain.length);
    if (!target) throw new Error('no target');
    const shifted = buildTextMap(renderArticle(`<p>Chapeau ajouté en tête de l’article.</p>\n${articleHtml(30)}`));
    const anchoring = anchorTarget(shifted.text, target);
    const expected = shifted.text.indexOf(refrain, shifted.text.indexOf(refrain) + 1);
    expect(anchoring).toMatchObject({ status: 'anchored', method: 'quote', start: expected });
  });

  it('does not place a short quote on unrelated words that look alike', () => {
    const target = describeOffsets('Le chat dort sur le canapé du salon depuis ce matin, tranquille.', 3, 7);
    if (!target) throw new Error('no target');
    expect(anchorTarget('Un texte tout autre où un chas passe, loin du salon et du matin.', target)).toEqual({
      status: 'orphan',
    });
  });

  it('(c) re-attaches 300 highlights on a long article, after a re-render and after an insertion', () => {
    const html = articleHtml(400);
    const root = renderArticle(html);
    const map = buildTextMap(root);
    const highlights: Highlight[] = [];
    for (let index = 0; index < 300; index += 1) {
      const start = Math.floor((index * map.text.length) / 300) + 3;
      const target = describeOffsets(map.text, start, start + 40 + (index % 60));
      if (target) highlights.push(createHighlight({ articleId: 'a', target }));
    }
    expect(highlights).toHaveLength(300);
    const rerendered = buildTextMap(renderArticle(html)).text;
    expect(
      [...anchorAll(rerendered, highlights).values()].every((a) => a.status === 'anchored' && a.method === 'position'),
    ).toBe(true);
    const inserted = buildTextMap(renderArticle(`<p>Une introduction ajoutée.</p>${html}`)).text;
    const results = [...anchorAll(inserted, highlights).entries()];
    for (const [id, anchoring] of results) {
      const highlight = highlights.find((h) => h.id === id) as Highlight;
      expect(anchoring.status).toBe('anchored');
      if (anchoring.status === 'anchored')
        expect(inserted.slice(anchoring.start, anchoring.end)).toBe(quoteOf(highlight).exact);
    }
  });
});
