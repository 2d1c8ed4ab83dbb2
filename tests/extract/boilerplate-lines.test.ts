import { describe, expect, it } from 'vitest';
import { isStamp, stripBoilerplateLines } from '../../lib/extract/strip-boilerplate-lines';
import { stripTagLists } from '../../lib/extract/strip-tag-lists';
import { normalizeLabel } from '../../lib/extract/normalize-label';
import { parseBody, readabilityLike } from './parse-page';

function run(step: (root: Element) => void, html: string): { before: string; after: string } {
  const page = parseBody(readabilityLike(html));
  const before = page.text();
  step(page.root);
  return { before, after: page.text() };
}

describe('stripBoilerplateLines', () => {
  it.each([
    ['an English stamp pair', '<p>PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:02, Tue, Nov 19, 2019</p>'],
    ['an update time', '<p>Updated at 1:23 p.m. ET</p>'],
    ['a byline with a date', '<p>By Tom Reed - 11/19/19</p>'],
    ['a French stamp', '<p>Mis à jour le 14 mars 2025 à 12h05</p>'],
    ['a German stamp', '<p>Aktualisiert am 14.03.2025, 10:48 Uhr</p>'],
    ['a Spanish stamp', '<p>Actualizado el 2 de octubre de 2025 a las 10:48</p>'],
    ['an Italian stamp', '<p>Aggiornato il 3 maggio 2025 alle 10:48</p>'],
    ['a Portuguese stamp', '<p>Atualizado em 12/08/2025 às 10h48</p>'],
    ['a Dutch stamp', '<p>Bijgewerkt op 3 april 2025 om 10:48</p>'],
    ['a French subscriber teaser', '<p>Ce contenu est réservé aux abonnés. Abonnez-vous pour lire la suite.</p>'],
    ['a German subscriber teaser', '<div>Dieser Artikel ist exklusiv für Abonnenten.</div>'],
    [
      'a Portuguese comment policy',
      '<p>Os comentários não representam a opinião do site; a responsabilidade é do autor da mensagem.</p>',
    ],
    ['a copyright footer', '<p>© 2024 Harbor Gazette Media. All rights reserved.</p>'],
    ['a Spanish rights line', '<p>Diario del Sur. Todos los derechos reservados.</p>'],
    ['a citation footer', '<p>Cite this article: Reed, T. (2019). King opens gardens. Daily Bugle.</p>'],
    ['a gallery counter', '<p>Image 1 of 5</p>'],
    ['an Italian gallery counter', '<span>Foto 2 di 6</span>'],
  ])('removes %s', (_name, html) => {
    const { after } = run(stripBoilerplateLines, html);
    expect(after).toBe(
      'The council voted on Tuesday to extend the tram line to the northern suburbs, a project debated for a decade. ' +
        'Construction is expected to start next spring, and the first trams should run before the end of 2028.',
    );
  });

  it.each([
    [
      'a news-wire dateline that opens the story',
      '<p>WASHINGTON, Nov 19 (Wire News) - The U.S. Senate on Tuesday passed a rail safety bill.</p>',
    ],
    ['a sentence that starts with "Updated"', '<p>Updated figures from the agency show 1,044 derailments in 2023.</p>'],
    [
      'a sentence that starts with "Published"',
      '<p>Published in 1998, the report was the first to map the valley.</p>',
    ],
    [
      'a byline inside a sentence',
      '<p>By the time the bill reaches the president, lawmakers hope the rules will be drafted.</p>',
    ],
    [
      'a photo credit in a caption',
      '<figure><img src="/a.jpg" alt=""><figcaption>© Jane Doe / Agency</figcaption></figure>',
    ],
    [
      'a sentence about subscribers',
      '<p>The paper says that 40 % of its readers are now subscribers, and that articles reserved for them are read twice as long.</p>',
    ],
    ['a score that looks like a counter', '<p>The home side won 3 of 5 matches.</p>'],
  ])('keeps %s', (_name, html) => {
    const { before, after } = run(stripBoilerplateLines, html);
    expect(after).toBe(before);
  });

  it('tells a stamp from a sentence', () => {
    expect(isStamp(normalizeLabel('Publié le mardi 3 mars 2025 à 10 h 48'))).toBe(true);
    expect(isStamp(normalizeLabel('Published: the full report'))).toBe(false);
  });
});

describe('stripTagLists', () => {
  it.each([
    [
      'a German tag line',
      '<p><strong>Schlagworte:</strong> <a href="/thema/heizung/">Heizung</a>, <a href="/thema/mieten/">Mieten</a></p>',
    ],
    ['a Spanish tag line', '<p>Etiquetas: <a href="/tag/tranvia/">Tranvía</a> · <a href="/tag/cadiz/">Cádiz</a></p>'],
    [
      'a tag box named by class',
      '<div class="post-tags"><a href="/tag/a/">Trams</a> <a href="/tag/b/">Buses</a> <a href="/tag/c/">Cycling</a></div>',
    ],
  ])('removes %s', (_name, html) => {
    const { after } = run(stripTagLists, html);
    expect(after).not.toMatch(/Schlagworte|Etiquetas|Trams|Heizung|Tranvía/);
  });

  it.each([
    [
      'a section about tags',
      '<h2>Tags</h2><p>Tags help readers find older stories about the same subject, and we now add them to every article.</p>',
    ],
    [
      'a caption followed by a sentence',
      '<p>Topics: <a href="/tag/trams/">trams</a> and buses were the two subjects most readers asked about this year.</p>',
    ],
  ])('keeps %s', (_name, html) => {
    const { before, after } = run(stripTagLists, html);
    expect(after).toBe(before);
  });
});
