import { describe, expect, it } from 'vitest';
import { stripInlinePromos } from '../../lib/extract/strip-inline-promos';
import { parseBody, readabilityLike } from './parse-page';

function strip(html: string): string {
  const page = parseBody(readabilityLike(html));
  stripInlinePromos(page.root);
  return page.text();
}

const KEPT = 'The council voted on Tuesday';

describe('stripInlinePromos: removes promos', () => {
  it.each([
    [
      'bold READ label (the seed page)',
      '<p><strong>READ</strong>&nbsp; <a href="/other/meta-ia/">Meta révolutionne l\'IA : des discussions inattendues</a></p>',
    ],
    [
      'span label in a card div',
      '<div class="wp-block-group is-style-card"><div><p><span class="label">READ</span>&nbsp; <a href="/other/smartphone/">Smartphone en danger ? Le plan du patron</a></p></div></div>',
    ],
    [
      'whole-link box with kicker and title spans',
      '<div class="sc-box"><a href="/mode/defile/"><span class="sc-box-kicker">READ</span>&nbsp; <span>Défilé 100 % IA : la mode entre dans une ère numérique</span></a></div>',
    ],
    [
      '"Lire aussi :" in plain text',
      '<p>Lire aussi : <a href="/politique/budget-2026/">Budget 2026 : ce que contient le projet</a></p>',
    ],
    [
      '"À lire aussi" in bold, accents and capitals',
      '<p><b>À LIRE AUSSI</b> <a href="/sport/tour/">Le Tour de France passera par Lyon</a></p>',
    ],
    [
      '"Lesen Sie auch:"',
      '<p><strong>Lesen Sie auch:</strong> <a href="/politik/wahl/">Was die Wahl für Berlin bedeutet</a></p>',
    ],
    [
      '"Leggi anche" with a label ending in "|"',
      '<p>Leggi anche | <a href="/cronaca/roma/">Roma, la metro C apre una nuova stazione</a></p>',
    ],
    [
      '"Lee también" on another site of the group',
      '<p><em>Lee también:</em> <a href="https://otro-diario.example/a/">El precio del aceite sube otra vez</a></p>',
    ],
    [
      '"Related:" with two links',
      '<p>Related: <a href="/a/">Tram fares go up in January</a>, <a href="/b/">Night buses return</a></p>',
    ],
    [
      'label in its own paragraph inside a card',
      '<aside><p>Leia também</p><p><a href="/brasil/chuva/">Chuvas fortes atingem o litoral paulista</a></p></aside>',
    ],
    [
      'unlisted language: Polish label ending in ":"',
      '<p>Czytaj także: <a href="/kraj/pociagi/">Nowe pociągi na linii Warszawa–Gdańsk</a></p>',
    ],
    [
      'unlisted language: Swedish label in bold',
      '<p><strong>Läs också</strong> <a href="/sverige/tag/">Nya tåg mellan Stockholm och Göteborg</a></p>',
    ],
    [
      'unlisted language: Japanese kicker inside the link',
      '<div><a href="/news/tech/"><span>あわせて読みたい</span><span>新しい路面電車の路線が来年開業へ</span></a></div>',
    ],
    [
      'class-named promo without a label (first pass)',
      '<div class="inline-related"><a href="/a/">Tram fares go up in January</a></div>',
    ],
  ])('%s', (_name, html) => {
    const text = strip(html);
    expect(text).toContain(KEPT);
    expect(text).toContain('Construction is expected');
    expect(text).not.toMatch(/READ|Lire aussi|Lesen|Leggi|Lee|Related|Leia|Czytaj|Läs|あわせて|Tram fares/);
  });

  it('removes the same promo from class-less Readability-like output (second pass)', () => {
    const text = strip(
      '<div><div><p><span>READ</span>&nbsp; <a href="https://news.example/other/">Smartphone en danger ? Le plan du patron</a></p></div></div>',
    );
    expect(text).not.toContain('Smartphone');
  });

  it('is idempotent', () => {
    const page = parseBody(
      readabilityLike('<p><strong>READ</strong> <a href="/x/">A headline about trams and buses</a></p>'),
    );
    stripInlinePromos(page.root);
    const once = page.root.innerHTML;
    stripInlinePromos(page.root);
    expect(page.root.innerHTML).toBe(once);
  });
});

describe('stripInlinePromos: keeps article content', () => {
  it.each([
    [
      'a sentence that begins with the verb "Read"',
      '<p>Read the fine print before signing <a href="/guides/contracts/">the contract</a>.</p>',
    ],
    [
      '"Read" as a verb right before a link',
      '<p>Read <a href="/guides/tram-map/">our guide to the new tram map</a>.</p>',
    ],
    [
      'a short real paragraph with a link',
      '<p>The full study is available from <a href="/study/">the journal</a>.</p>',
    ],
    [
      'a paragraph that is one whole link',
      '<p><a href="https://journal.example/study">The full study is available from the journal.</a></p>',
    ],
    [
      'a quote that contains a label and a link',
      '<blockquote><p>Lire aussi : <a href="/a/">le rapport de la Cour des comptes sur les transports</a></p></blockquote>',
    ],
    [
      'a "Source:" line',
      '<p><strong>Source:</strong> <a href="/data/ridership-2025/">Ridership figures for 2025</a></p>',
    ],
    [
      'a "Note:" line',
      '<p><em>Note:</em> <a href="/corrections/">An earlier version misstated the tram line length</a></p>',
    ],
    [
      'a "Further reading" list written by the author',
      '<h3>Further reading</h3><ul><li><a href="/a/">Tram history of the city</a></li><li><a href="/b/">The 2015 referendum</a></li></ul>',
    ],
    [
      'an in-page anchor after a label',
      '<p><strong>See also:</strong> <a href="#history">the history section below</a></p>',
    ],
    [
      'a label-like bold lead followed by text after the link',
      '<p><strong>Czytaj:</strong> <a href="/a/">raport o tramwajach</a> i powiedz nam, co myślisz o nowych liniach.</p>',
    ],
    ['a bold lead with a short link', '<p><strong>Bottom line:</strong> <a href="/review/">buy it</a></p>'],
  ])('%s', (_name, html) => {
    const page = parseBody(readabilityLike(html));
    const before = page.text();
    stripInlinePromos(page.root);
    expect(page.text()).toBe(before);
  });
});
