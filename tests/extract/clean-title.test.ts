// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanTitle, type TitleEvidence } from '../../lib/extract/clean-title';
import { pickTitle, type TitleCandidates } from '../../lib/extract/pick-title';
import { readMetadata } from '../../lib/extract/read-metadata';
import { page } from './dom';

const NONE: TitleEvidence = { headings: [], siteNames: [], host: null };

describe('cleanTitle', () => {
  it.each([
    ['Headline of the day – Le Quotidien', 'Le Quotidien'],
    ['Headline of the day — Le Quotidien', 'Le Quotidien'],
    ['Headline of the day | Le Quotidien', 'Le Quotidien'],
    ['Headline of the day · Le Quotidien', 'Le Quotidien'],
    ['Headline of the day » Le Quotidien', 'Le Quotidien'],
    ['Headline of the day - Le Quotidien', 'Le Quotidien'],
    ['Le Quotidien: Headline of the day', 'Le Quotidien'],
    ['Le Quotidien | Headline of the day', 'Le Quotidien'],
  ])('strips the site name from "%s" with any separator', (title, site) => {
    expect(cleanTitle(title, { ...NONE, siteNames: [site] })).toBe('Headline of the day');
  });

  it('strips the host written as a name ("Nordkurier Online" on nordkurier.example)', () => {
    const evidence = { ...NONE, host: 'www.nordkurier.example' };
    expect(cleanTitle('Wärmepumpen ziehen wieder an | Nordkurier Online', evidence)).toBe(
      'Wärmepumpen ziehen wieder an',
    );
    expect(cleanTitle('Wärmepumpen ziehen wieder an - nordkurier.example', evidence)).toBe(
      'Wärmepumpen ziehen wieder an',
    );
  });

  it('prefers the heading when the title holds it whole, at the start or after the site name', () => {
    expect(cleanTitle('New Zealand - Wikipedia', { ...NONE, headings: ['New Zealand'] })).toBe('New Zealand');
    expect(
      cleanTitle('Daily Planet | Man bites dog', { ...NONE, headings: ['Man bites dog'], siteNames: ['Daily Planet'] }),
    ).toBe('Man bites dog');
  });

  it('strips the part the heading lacks after a dash or a bar', () => {
    const evidence = { ...NONE, headings: ['Too many requests? Here is why developers worry'] };
    expect(cleanTitle('Too many requests? - The Tech Journal', evidence)).toBe('Too many requests?');
  });

  it('keeps words that only look like a site segment', () => {
    // No evidence names "Part 2" or "Review" as the site: a word count is no evidence.
    expect(cleanTitle('Why I left the city – Part 2', NONE)).toBe('Why I left the city – Part 2');
    // A colon's second half is part of the headline, even when the heading differs.
    const discrepancy = { ...NONE, headings: ['A long title with a colon: something else'] };
    expect(cleanTitle('A long title with a colon: Hello there', discrepancy)).toBe(
      'A long title with a colon: Hello there',
    );
    // "Saint-Étienne" and "24/7" are words, not separators.
    expect(cleanTitle('Saint-Étienne opens a 24/7 library', { ...NONE, siteNames: ['Étienne'] })).toBe(
      'Saint-Étienne opens a 24/7 library',
    );
  });

  it('does not take a logo heading at the end of the title for the headline', () => {
    const evidence = { ...NONE, headings: ['PIXNET'] };
    expect(cleanTitle('Autumn leaves at the camp :: PIXNET ::', evidence)).toBe(
      'Autumn leaves at the camp :: PIXNET ::',
    );
  });

  it('strips a segment that ends with the site name in brackets', () => {
    expect(
      cleanTitle('Chapter 1 - Some Fandom | My Hero Academia [Archive of Our Own]', {
        ...NONE,
        siteNames: ['Archive of Our Own'],
      }),
    ).toBe('Chapter 1 - Some Fandom');
  });

  it("strips a personal site's author name", () => {
    expect(
      cleanTitle('Get your code covered | Code | Nicolas Perriault', { ...NONE, siteNames: ['Nicolas Perriault'] }),
    ).toBe('Get your code covered | Code');
  });
});

describe('pickTitle', () => {
  const candidates = (overrides: Partial<TitleCandidates>): TitleCandidates => ({
    ldHeadline: null,
    ldName: null,
    meta: [],
    documentTitle: null,
    ...overrides,
  });

  it('drops a JSON-LD headline that agrees with nothing the page shows (Wikipedia)', () => {
    const title = pickTitle(
      candidates({
        ldHeadline: 'constitutional monarchy in Oceania',
        ldName: 'New Zealand',
        documentTitle: 'New Zealand - Wikipedia',
      }),
      { ...NONE, headings: ['New Zealand'] },
    );
    expect(title).toBe('New Zealand');
  });

  it('keeps a JSON-LD headline that <title> confirms, even when the <h1> differs', () => {
    const title = pickTitle(
      candidates({
        ldHeadline: 'How to watch the 21 best films of 2017',
        meta: [['og:title', 'The 21 best movies of 2017']],
        documentTitle: 'How to watch the 21 best films of 2017 - Vox',
      }),
      { ...NONE, headings: ['The 21 best movies of 2017'], siteNames: ['Vox'] },
    );
    expect(title).toBe('How to watch the 21 best films of 2017');
  });

  it("takes the meta titles in Readability's order when nothing else decides", () => {
    const title = pickTitle(
      candidates({
        meta: [
          ['dc:title', 'Dublin Core title'],
          ['og:title', 'Open Graph title'],
          ['twitter:title', 'Open Graph title'],
        ],
      }),
      { ...NONE, headings: ['Another heading'] },
    );
    expect(title).toBe('Dublin Core title');
  });

  it('extends a shortened og:title to the <h1> that goes on from it', () => {
    const title = pickTitle(candidates({ meta: [['og:title', 'Too many requests?']] }), {
      ...NONE,
      headings: ['Too many requests? Here is why developers worry'],
    });
    expect(title).toBe('Too many requests? Here is why developers worry');
  });

  it('falls back to the <h1> when the page declares no title', () => {
    expect(pickTitle(candidates({}), { ...NONE, headings: ['Only a heading'] })).toBe('Only a heading');
    expect(pickTitle(candidates({}), NONE)).toBeNull();
  });
});

describe('title evidence read from the page', () => {
  it('reads the site name from a logo <h1> linking home, and the article heading from the other', () => {
    const url = 'https://docs.example/evolve/user-guide.html';
    const doc = page(
      `<!DOCTYPE html><html><head><title>Evolve: Shared Mutable History — evolve extension for Mercurial</title></head>
      <body><h1><a href="index.html">evolve extension for Mercurial</a></h1>
      <h1>Evolve: Shared Mutable History<a class="headerlink" href="#evolve">¶</a></h1></body></html>`,
      url,
    );
    const metadata = readMetadata(doc, url);
    expect(metadata.titleEvidence.siteNames).toContain('evolve extension for Mercurial');
    expect(metadata.titleEvidence.headings).toEqual(['Evolve: Shared Mutable History']);
    expect(metadata.title).toBe('Evolve: Shared Mutable History');
  });

  it('prefers a property meta over a name meta of the same field', () => {
    const url = 'https://example.org/a';
    const doc = page(
      `<!DOCTYPE html><html><head><meta name="DC.title" content="Name title">
      <meta property="dc:title" content="Property title"></head><body></body></html>`,
      url,
    );
    expect(readMetadata(doc, url).title).toBe('Property title');
  });
});
