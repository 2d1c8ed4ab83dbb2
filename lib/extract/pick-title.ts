import { cleanTitle, foldTitle, type TitleEvidence } from './clean-title';

/** The page's title candidates, each possibly missing, in the order they are trusted by default. */
export interface TitleCandidates {
  /** JSON-LD `headline` (Wikipedia fills it with its short description, not the title). */
  ldHeadline: string | null;
  /** JSON-LD `name` of the same article. */
  ldName: string | null;
  /** Meta titles in Readability's order: dc:title, dcterm:title, og:title, twitter:title, title, parsely-title. */
  meta: ReadonlyArray<readonly [string, string | null]>;
  /** The `<title>` element. */
  documentTitle: string | null;
}

/**
 * Chooses the article's title. Every candidate is first cleaned of its site name. The JSON-LD
 * values must then agree with something else the page declares or shows (its `<h1>`, og:title,
 * another meta title or `<title>`): CMSs fill JSON-LD from other fields, and Wikipedia puts its
 * short description in `headline` ("constitutional monarchy in Oceania" for New Zealand), so a
 * JSON-LD value that agrees with nothing loses to one that agrees. Then the default order holds:
 * JSON-LD, the meta titles in Readability's order, `<title>`, the `<h1>`. A chosen title that a
 * single `<h1>` starts and goes on from becomes that `<h1>` (a shortened og:title).
 */
export function pickTitle(candidates: TitleCandidates, evidence: TitleEvidence): string | null {
  const ordered: Array<[string, string]> = [];
  const add = (source: string, value: string | null) => {
    if (value !== null && value.trim() !== '') ordered.push([source, cleanTitle(value, evidence)]);
  };
  add('ld:headline', candidates.ldHeadline);
  add('ld:name', candidates.ldName);
  for (const [name, value] of candidates.meta) add(name, value);
  add('document', candidates.documentTitle);
  for (const heading of evidence.headings) add('h1', heading);

  const others = ordered.filter(([source]) => !source.startsWith('ld:')).map(([, value]) => foldTitle(value));
  const confirmed = ordered.filter(([source, value]) => {
    if (!source.startsWith('ld:')) return true;
    const folded = foldTitle(value);
    return folded !== '' && others.some((other) => other === folded || other.startsWith(`${folded} `));
  });
  const chosen = (confirmed[0] ?? ordered[0])?.[1];
  return chosen === undefined ? null : extendToHeading(chosen, evidence.headings);
}

/** A shortened title ("Too many requests?") becomes the `<h1>` that starts with it and goes on. */
function extendToHeading(title: string, headings: readonly string[]): string {
  const folded = foldTitle(title);
  const longer = headings.filter((heading) => {
    const foldedHeading = foldTitle(heading);
    return foldedHeading.length > folded.length && foldedHeading.startsWith(`${folded} `);
  });
  return longer.length === 1 ? longer[0] : title;
}
