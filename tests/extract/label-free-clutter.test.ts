import { describe, expect, it } from 'vitest';
import { stripHeadlineLinks } from '../../lib/extract/strip-headline-links';
import { stripSiteNavigation } from '../../lib/extract/strip-site-navigation';
import { stripSocialLinks } from '../../lib/extract/strip-social-links';
import { parseBody, readabilityLike } from './parse-page';

/** Runs `step` on `html` set between two paragraphs, as in Readability's output, and returns the text. */
function run(step: (root: Element) => void, html: string, wrap = true): { before: string; after: string } {
  const page = parseBody(wrap ? readabilityLike(html) : html);
  const before = page.text();
  step(page.root);
  return { before, after: page.text() };
}

const AROUND = ['The council voted on Tuesday', 'Construction is expected to start'];

describe('stripHeadlineLinks: promos without a label', () => {
  it.each([
    [
      'a paragraph that is one headline link to the same site',
      '<p><a href="/other/tram-fares-2026/">Tram fares will rise again in January, the operator says</a></p>',
    ],
    [
      'the same in capitals',
      '<p><a href="/news/1204390/prince-andrew">PRINCE ANDREW PARTIES IN MAYFAIR AS PALACE CRISIS TALKS CONTINUE</a></p>',
    ],
    [
      'a kicker line over a headline link',
      '<p>RANDY ANDY</p><p><a href="/news/andrew">Andrew parties in Mayfair as palace crisis deepens</a></p>',
    ],
    [
      'a headline with a bracketed tag',
      '<p><a href="/news/meghan">Meghan Markle hints at podcast return after quiet year</a> [INSIGHT]</p>',
    ],
    [
      'a list of two headline links',
      '<ul><li><a href="/a/">Cádiz abre el carril bici de la avenida de la Ronda</a></li><li><a href="/b/">Chiclana estrena un aparcamiento disuasorio</a></li></ul>',
    ],
    [
      'a call to action in capitals',
      '<p><strong>READ MORE ON THE ROYAL FAMILY BY <a href="/news/royal">CLICKING HERE</a></strong></p>',
    ],
    [
      'a WordPress embed quote',
      '<blockquote><a href="/2024/03/gent-circulatieplan/">Het Gentse circulatieplan na vijf jaar: wat werkte er wel?</a></blockquote>',
    ],
  ])('removes %s', (_name, html) => {
    const { after } = run(stripHeadlineLinks, html);
    expect(after).toContain(AROUND[0]);
    expect(after).toContain(AROUND[1]);
    expect(after.length).toBeLessThan(260);
  });

  it('removes a list of kicker + headline entries wherever it is', () => {
    const { after } = run(
      stripHeadlineLinks,
      '<ul><li><span>ROYAL SNUB</span> <a href="/a">Harry misses Remembrance service for second year</a></li>' +
        '<li><span>CORGI CORNER</span> <a href="/b">New royal puppy joins the household at Windsor</a></li>' +
        '<li><span>RANDY ANDY</span> <a href="/c">Andrew parties in Mayfair as palace crisis deepens</a></li><li><span>BIG DAY</span> <a href="/d">Princess Anne opens the new children ward</a></li></ul>',
    );
    expect(after).not.toMatch(/Harry|puppy|Andrew|Anne/);
  });

  it.each([
    [
      'a headline link to another site',
      '<p><a href="https://journal.example/study">The full study on tram ridership in European cities</a></p>',
    ],
    [
      'a link to a file of the same site',
      '<p><a href="/files/tram-report-2025.pdf">Download the full report on tram ridership in 2025</a></p>',
    ],
    [
      'a headline quoted in a sentence',
      '<p>In 2019 a story titled <a href="/2019/05/ados">« Les ados quittent Facebook »</a> announced the exodus.</p>',
    ],
    [
      'a list the author introduces',
      '<p>Further reading from this site:</p><ul><li><a href="/a/">Making leaf mould from autumn leaves</a></li><li><a href="/b/">Setting up a wormery on a balcony</a></li></ul>',
    ],
    [
      'numbered how-to steps',
      '<ul><li><strong>Step 1:</strong> <a href="/a/">Choose a bin or build a pallet box</a></li><li><strong>Step 2:</strong> <a href="/b/">Learn which scraps are greens</a></li></ul>',
    ],
    [
      'a sentence that asks to click',
      '<p>To install it, <a href="/docs/install/">click here</a> and follow the steps in the wizard, which takes about ten minutes on a laptop.</p>',
    ],
    [
      'a quote with its attribution',
      '<blockquote><p><a href="/2020/interview/">“We will finish the tram by 2028”</a>, the mayor said in 2020.</p></blockquote>',
    ],
    ['a short link to the same site (not a headline)', '<p><a href="/about/">About us</a></p>'],
  ])('keeps %s', (_name, html) => {
    const { before, after } = run(stripHeadlineLinks, html);
    expect(after).toBe(before);
  });
});

describe('stripSocialLinks', () => {
  it.each([
    [
      'a French share bar of buttons',
      '<div><span>Partager :</span> <button>Facebook</button> <button>X</button> <a href="mailto:?subject=x">Envoyer par e-mail</a></div>',
    ],
    [
      'a Portuguese bar of share links',
      '<div><a href="https://api.whatsapp.com/send?text=x">Whatsapp</a> <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://pinterest.com/pin/create/button/">Pint</a> <button>Baixar</button></div>',
    ],
    [
      'a follow bar of profile links',
      '<p><a href="https://x.com/gazette">X</a> · <a href="https://www.instagram.com/gazette">Instagram</a> · <a href="https://www.facebook.com/gazette">Facebook</a></p>',
    ],
  ])('removes %s', (_name, html) => {
    const { after } = run(stripSocialLinks, html);
    expect(after).not.toMatch(/Facebook|Whatsapp|Partager/);
    expect(after).toContain(AROUND[1]);
  });

  it.each([
    [
      'a sentence that names networks with links',
      '<p>Most pupils use <a href="https://www.whatsapp.com/">WhatsApp</a> and <a href="https://www.instagram.com/">Instagram</a> every day.</p>',
    ],
    ['a list of networks with figures', '<ul><li>WhatsApp : 87 %</li><li>Instagram : 71 %</li><li>X : 12 %</li></ul>'],
    ['one share link alone', '<p><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></p>'],
  ])('keeps %s', (_name, html) => {
    const { before, after } = run(stripSocialLinks, html);
    expect(after).toBe(before);
  });
});

describe('stripSiteNavigation', () => {
  const article =
    '<h1>Ferry timetable changes</h1><p>The island ferry will run two extra crossings on weekday evenings from July, the board decided.</p>' +
    '<p>The new departures will be paid for by a small rise in the car fare, while foot passengers keep the current price.</p>';

  it('removes runs of menu lines at the start and the end of the container', () => {
    const { after } = run(
      stripSiteNavigation,
      `<div><p><a href="/sign-in">Sign In</a></p><p><a href="/">Home</a></p><p><a href="/subscribe">Subscribe</a></p>` +
        `<p><a href="/local/">Local</a> | <a href="/sport/">Sport</a></p>${article}<p><a href="/contact">Contact</a></p><p><a href="/careers">Careers</a></p>` +
        '<p><a href="/privacy">Privacy Notice</a></p><p><a href="/terms">Terms of Use</a></p></div>',
      false,
    );
    expect(after).toMatch(/^Ferry timetable changes ?The island ferry/);
    expect(after).toMatch(/current price\.$/);
  });

  it.each([
    [
      'a list introduced by a heading',
      `<div>${article}<h2>Next steps</h2><p><a href="/mulching">Mulching</a></p><p><a href="/beds">Raised beds</a></p><p><a href="/manure">Green manure</a></p><p><a href="/rotation">Crop rotation</a></p></div>`,
    ],
    [
      'links to other sites',
      `<div>${article}<p><a href="https://mdn.example/">MDN</a></p><p><a href="https://node.example/">Node.js</a></p><p><a href="https://npm.example/">npm</a></p><p><a href="https://vite.example/">Vite</a></p></div>`,
    ],
    ['too few entries to judge', `<div><p><a href="/">Home</a></p>${article}</div>`],
  ])('keeps %s', (_name, html) => {
    const { before, after } = run(stripSiteNavigation, html, false);
    expect(after).toBe(before);
  });
});
