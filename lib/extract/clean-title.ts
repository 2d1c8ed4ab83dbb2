/**
 * Strips a site's name from a page title ("Headline – Sitename", "Sitename | Headline"), using
 * only what the page itself says the site and the headline are: never a guess from word counts,
 * so "Review – Part 2" or "Wärmepumpen: Warum…" keep every word.
 */

/** What the page says about itself, against which a title's ends are judged. */
export interface TitleEvidence {
  /** The texts of the page's `<h1>` elements (headerlink marks such as "¶" removed). */
  headings: readonly string[];
  /**
   * Names the page gives its site: og:site_name, JSON-LD publisher, application-name,
   * twitter:site, a logo's text or alt, and the author (a personal site's title ends with it).
   */
  siteNames: readonly string[];
  /** The page's host name, e.g. "www.nordkurier.example". */
  host: string | null;
}

/**
 * Separators sites put between headline and site name. Dashes and slashes only count with spaces
 * around them ("Saint-Étienne", "24/7" are words); a colon only with a space after it.
 */
const SEPARATOR = /\s+[-–—|·»•›/~]\s+|\s*[|·»•›]\s*|\s+::\s+|:\s+/g;

/** Separator-like marks left at a title's ends after cutting ("Headline |", "» Headline"). */
const EDGE_MARKS = /^[\s\-–—|·»•›/:~]+|[\s\-–—|·»•›/:~]+$/g;

/**
 * A host whose main label starts a short end segment ("Nordkurier Online" on nordkurier.example)
 * names the site; past three words the segment is more likely a headline that names the company.
 */
const MAX_HOST_NAMED_WORDS = 3;

/** Folded form for comparing titles: lower case, no accents, no punctuation, single spaces. */
export function foldTitle(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/**
 * `title` without a site prefix or suffix. The heading wins when the title contains it whole
 * ("Headline | Site" with `<h1>Headline</h1>` gives the heading); otherwise an end segment is
 * dropped when it is the site's name, its host, or the part a heading does not have.
 */
export function cleanTitle(raw: string, evidence: TitleEvidence): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  const fromHeading = headingInside(title, evidence);
  if (fromHeading !== null) return fromHeading;
  let current = title;
  // At most one site segment at each end ("Site | Section | Headline" keeps "Section").
  for (const end of ['suffix', 'prefix'] as const) {
    const cut = splitEnd(current, end);
    if (!cut) continue;
    // The part the heading lacks is a site name only as a suffix after a dash or a bar: a prefix
    // or a colon's second half is as likely the headline itself ("Title: But the final text").
    const byHeading = end === 'suffix' && !cut.separator.includes(':');
    if (isSiteSegment(cut.segment, cut.rest, evidence, byHeading)) current = cut.rest;
  }
  return current;
}

/** A heading the title holds whole, with only a separator and a site segment around it. */
function headingInside(title: string, evidence: TitleEvidence): string | null {
  const { headings } = evidence;
  const folded = foldTitle(title);
  // The longest first: a page with a section <h1> and an article <h1> means the article's.
  for (const heading of [...headings].sort((a, b) => b.length - a.length)) {
    const foldedHeading = foldTitle(heading);
    if (foldedHeading === '' || (foldedHeading.split(' ').length < 2 && folded !== foldedHeading)) continue;
    if (folded === foldedHeading) return title;
    const at = title.toLowerCase().indexOf(heading.toLowerCase());
    if (at === -1) continue;
    const before = title.slice(0, at);
    const after = title.slice(at + heading.length);
    // The rest must be set off by a separator: "New Zealand - Wikipedia", not "New Zealanders".
    const separated = (text: string, side: 'before' | 'after') =>
      text.trim() === '' ||
      (side === 'after' ? /^\s*([-–—|·»•›/:~]|::)\s*\S/.test(text) : /\S\s*([-–—|·»•›/:~]|::)\s*$/.test(text));
    if (!separated(before, 'before') || !separated(after, 'after')) continue;
    // A heading at the end ("Site | Headline") is the headline only when what precedes it is the
    // site: a logo set in an <h1> sits at the end of titles too ("Post :: PIXNET ::").
    const lead = before.replace(EDGE_MARKS, '');
    if (lead === '' || isSiteSegment(lead, heading, evidence)) return heading;
  }
  return null;
}

/** The first or last separated segment of `title`, and what remains without it. */
function splitEnd(
  title: string,
  end: 'prefix' | 'suffix',
): { segment: string; rest: string; separator: string } | null {
  const matches = Array.from(title.matchAll(SEPARATOR)).filter(
    (match) => match.index > 0 && match.index + match[0].length < title.length,
  );
  if (matches.length === 0) return null;
  const match = end === 'suffix' ? matches[matches.length - 1] : matches[0];
  const left = title.slice(0, match.index);
  const right = title.slice(match.index + match[0].length);
  const [segment, rest] = end === 'suffix' ? [right, left] : [left, right];
  const cleanRest = rest.replace(EDGE_MARKS, '');
  return cleanRest === '' ? null : { segment: segment.trim(), rest: cleanRest, separator: match[0] };
}

/** Whether `segment` names the site, going by the site names, the host and the headings. */
function isSiteSegment(segment: string, rest: string, evidence: TitleEvidence, byHeading = false): boolean {
  const folded = foldTitle(segment);
  if (folded === '') return false;
  const compact = folded.replace(/[\s']/g, '');
  // "My Hero Academia [Archive of Our Own]": a site name in brackets closes the segment.
  const bracketed = /[[(]([^\])]+)[\])]\s*$/.exec(segment)?.[1];
  for (const name of evidence.siteNames) {
    const site = foldTitle(name.replace(/^@/, ''));
    if (site === '') continue;
    if (site === folded || site.replace(/[\s']/g, '') === compact) return true;
    if (bracketed !== undefined && foldTitle(bracketed) === site) return true;
  }
  if (evidence.host && namesHost(folded, compact, evidence.host)) return true;
  // The part the heading lacks: the rest starts the heading (or is it) and the heading never
  // mentions the segment ("Trop de requêtes ? - Le Journal" under a longer <h1>).
  const foldedRest = foldTitle(rest);
  return (
    byHeading &&
    foldedRest.split(' ').length >= 2 &&
    evidence.headings.some((heading) => {
      const foldedHeading = foldTitle(heading);
      return foldedHeading.startsWith(foldedRest) && !foldedHeading.includes(folded);
    })
  );
}

/** "nordkurier.example", "Nordkurier", "Nordkurier Online" all name the host nordkurier.example. */
function namesHost(folded: string, compact: string, host: string): boolean {
  const bare = host.toLowerCase().replace(/^(www\d?|m|amp)\./, '');
  const label = bare.split('.')[0];
  if (compact === bare.replace(/[^\p{L}\p{N}]/gu, '') || compact === label.replace(/[^\p{L}\p{N}]/gu, '')) return true;
  return (
    label.length >= 4 && folded.split(' ').length <= MAX_HOST_NAMED_WORDS && compact.startsWith(label.replace(/-/g, ''))
  );
}
