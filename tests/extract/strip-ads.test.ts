import { describe, expect, it } from 'vitest';
import { stripAds } from '../../lib/extract/strip-ads';
import { parseBody, readabilityLike } from './parse-page';

function strip(html: string): string {
  const page = parseBody(readabilityLike(html));
  stripAds(page.root);
  return page.text();
}

describe('stripAds', () => {
  it('removes an ad slot with its label and script (first pass)', () => {
    const text = strip(`<div class="ad-slot ad-incontent" data-ad-unit="x"><span class="ad-label">Publicité</span>
      <ins class="adsbygoogle"></ins><script>(adsbygoogle=window.adsbygoogle||[]).push({});</script></div>`);
    expect(text).not.toContain('Publicité');
    expect(text).toContain('The council voted');
  });

  it.each([
    'Advertisement',
    'Anzeige',
    'Pubblicità',
    'Publicidad',
    'Publicidade',
    'Advertentie',
    'Reklama',
    'Story continues below advertisement',
  ])('removes a class-less "%s" label (second pass)', (label) => {
    expect(strip(`<div><p>${label}</p></div>`)).not.toContain(label);
  });

  it('removes a label in a span inside an otherwise empty paragraph', () => {
    const page = parseBody(readabilityLike('<p><span>Publicité</span></p>'));
    stripAds(page.root);
    expect(page.root.querySelectorAll('p')).toHaveLength(2);
  });

  it('keeps headings, sentences and quotes that mention ads, and "header"/"load" classes', () => {
    const html = `<h2>Advertisement</h2><p>Publicité : le Conseil d’État encadre les écrans numériques.</p>
      <blockquote><p>Anzeige</p></blockquote><div class="header-load gradient"><p>Short lead.</p></div>`;
    const page = parseBody(readabilityLike(html));
    const before = page.text();
    stripAds(page.root);
    expect(page.text()).toBe(before);
  });
});
