import { describe, expect, it } from 'vitest';
import { displayTitle, dropRepeatedHeader } from '../../lib/reader/clean-header';

function body(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element;
}

describe('displayTitle', () => {
  it('drops the site name the page appended or prepended', () => {
    expect(displayTitle('Le lac au matin – Le Journal du Lac', 'Le Journal du Lac')).toBe('Le lac au matin');
    expect(displayTitle('Haaretz | שלום לכולם', 'Haaretz')).toBe('שלום לכולם');
    expect(displayTitle('Le lac au matin - le journal du lac', 'Le Journal du Lac')).toBe('Le lac au matin');
  });

  it('keeps a title that only looks like one', () => {
    expect(displayTitle('Paris – Berlin: a train story', 'Trains Weekly')).toBe('Paris – Berlin: a train story');
    expect(displayTitle('Le Journal', 'Le Journal')).toBe('Le Journal');
    expect(displayTitle('A – B', null)).toBe('A – B');
  });
});

describe('dropRepeatedHeader', () => {
  const header = { title: 'Un matin au bord du lac – Le Journal', siteName: 'Le Journal', byline: 'Camille Moreau' };

  it('removes a heading repeating the title and a short byline block', () => {
    const root = body(
      '<div><h1>Un matin au bord du lac</h1><p>Par Camille Moreau · Publié le 3 mars 2025</p><p>Le lac était calme.</p></div>',
    );
    dropRepeatedHeader(root, header);
    expect(root.textContent).toBe('Le lac était calme.');
  });

  it('keeps a paragraph that names the author among other things, and anything further down', () => {
    const long =
      'Camille Moreau a passé dix ans au bord de ce lac, à observer les pêcheurs et à noter tout ce qui change avec les saisons.';
    const root = body(`<p>${long}</p><p>a</p><p>b</p><p>c</p><h2>Un matin au bord du lac</h2>`);
    dropRepeatedHeader(root, header);
    expect(root.textContent).toContain(long);
    expect(root.querySelector('h2')).not.toBeNull();
  });

  it('drops MediaWiki edit links', () => {
    const root = body('<h2>History<span class="mw-editsection">[edit]</span></h2><p>Text</p>');
    dropRepeatedHeader(root, header);
    expect(root.querySelector('h2')?.textContent).toBe('History');
  });
});
