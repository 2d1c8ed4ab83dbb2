import { describe, expect, it } from 'vitest';
import { stripBackToTop } from '../../lib/extract/strip-back-to-top';
import { PAGE_URL, parseBody, readabilityLike } from './parse-page';

function strip(html: string): string {
  const page = parseBody(readabilityLike(html));
  stripBackToTop(page.root);
  return page.text();
}

describe('stripBackToTop', () => {
  it('removes a classed back-to-top control (first pass)', () => {
    expect(strip('<a href="#top" class="back-to-top">Retour en haut</a>')).not.toContain('Retour');
  });

  it.each([
    'Back to top',
    'Retour en haut',
    'Nach oben',
    'Torna su',
    'Volver arriba',
    'Voltar ao topo',
    'Terug naar boven',
  ])('removes a class-less "%s" link and its paragraph (second pass)', (label) => {
    const page = parseBody(readabilityLike(`<p><a href="#top">${label}</a></p>`));
    stripBackToTop(page.root);
    expect(page.text()).not.toContain(label);
    expect(page.root.querySelectorAll('p')).toHaveLength(2);
  });

  it('removes an arrow to the top anchor, with an absolute address to this page', () => {
    expect(strip(`<p><a href="${PAGE_URL}#top">↑</a></p>`)).not.toContain('↑');
  });

  it('keeps a table of contents, "Top" links to other pages and footnotes', () => {
    const html = `<ul><li><a href="#history">History</a></li><li><a href="#top-ten">Top ten stations</a></li></ul>
      <p>See the <a href="/rankings/top/">Top</a> list. A footnote<a href="#fn1">1</a>.</p>`;
    const page = parseBody(readabilityLike(html));
    const before = page.text();
    stripBackToTop(page.root);
    expect(page.text()).toBe(before);
  });
});
