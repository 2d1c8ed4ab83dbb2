import { describe, expect, it } from 'vitest';
import { stripArticleNavigation } from '../../lib/extract/strip-article-navigation';
import { parseBody, readabilityLike } from './parse-page';

function strip(html: string): string {
  const page = parseBody(readabilityLike(html));
  stripArticleNavigation(page.root);
  return page.text();
}

const RELATED = `<ul><li><a href="/a/">Tram fares go up in January</a></li><li><a href="/b/">Night buses return to the centre</a></li>
  <li><a href="/c/">A new bridge for cyclists</a></li></ul>`;

describe('stripArticleNavigation', () => {
  it('removes a WordPress prev/next block (first pass)', () => {
    const text = strip(`<nav class="navigation post-navigation"><div class="nav-links">
      <div class="nav-previous"><a href="/p/" rel="prev"><span class="meta-nav">Article précédent</span> OpenAI dévoile un modèle</a></div>
      <div class="nav-next"><a href="/n/" rel="next"><span class="meta-nav">Article suivant</span> Fusion : un record</a></div></div></nav>`);
    expect(text).not.toMatch(/précédent|suivant|OpenAI|Fusion/);
  });

  it.each([
    'You may also like',
    'Vous aimerez aussi',
    'Articles récents',
    'Recent posts',
    'Das könnte Sie auch interessieren',
    'Articoli correlati',
  ])('removes a class-less "%s" heading and its list (second pass)', (heading) => {
    const text = strip(`<h2>${heading}</h2>${RELATED}`);
    expect(text).not.toContain(heading);
    expect(text).not.toContain('Tram fares');
    expect(text).toContain('Construction is expected');
  });

  it('removes a class-less "Previous article" caption with its link', () => {
    const text = strip('<div><div><span>Previous article</span> <a href="/p/">The old depot reopens</a></div></div>');
    expect(text).not.toMatch(/Previous|depot/);
  });

  it('keeps an author\'s "Further reading" and "Sources", a documentation index and a prose list under a nav heading', () => {
    const html = `<h3>Further reading</h3>${RELATED}<h3>Sources</h3>${RELATED}
      <h2>Methods</h2><ul><li><a href="/api/fetch">fetch()</a></li><li><a href="/api/get">get()</a></li></ul>
      <h2>Next</h2><p>Next, the council will vote on the budget, which includes <a href="/budget/">the tram line</a>.</p>
      <p><strong>Next</strong>, we <a href="/guide/">configure the server</a>.</p>`;
    const page = parseBody(readabilityLike(html));
    const before = page.text();
    stripArticleNavigation(page.root);
    expect(page.text()).toBe(before);
  });
});
