import { foldText } from '../shared/text';

/**
 * Separators a site puts between a label and what it labels: "Lire aussi :", "READ |",
 * "Related »", "À lire →". Stripped from both ends before a label is compared.
 */
const SEPARATOR = String.raw`[\s:|»«›‹>→←•·*\-–—/.…]`;
const EDGE_SEPARATORS = new RegExp(`^${SEPARATOR}+|${SEPARATOR}+$`, 'g');

/**
 * The form every label is compared in: lower case, accents and no-break spaces gone, curly
 * apostrophes straightened, separators trimmed. "À lire aussi :" and "A LIRE AUSSI" both become
 * "a lire aussi", so the tables list each phrase once.
 */
export function normalizeLabel(text: string): string {
  let normalized = cache.get(text);
  if (normalized === undefined) {
    // Every step asks about the same short texts; the cache is cleared before it grows large.
    if (cache.size > MAX_CACHED) cache.clear();
    normalized = normalize(text);
    cache.set(text, normalized);
  }
  return normalized;
}

const cache = new Map<string, string>();
/** Large enough for every short text of a very large page (wikipedia-2 has ~9,000), so no step recomputes them. */
const MAX_CACHED = 30_000;

/** A text already in normal form: lower-case ASCII words and apostrophes, single spaces (most table entries). */
const NORMALIZED_ASCII = /^[a-z0-9']+(?: [a-z0-9']+)*$/;

function normalize(text: string): string {
  if (NORMALIZED_ASCII.test(text)) return text;
  return foldText(text)
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s\u00a0\u202f\u2007]+/g, ' ')
    .replace(EDGE_SEPARATORS, '')
    .trim();
}

/** Whether `text` ends with a separator that marks it as a label (":", "|", "»", "→", …). */
export function endsWithSeparator(text: string): boolean {
  return /[:|»›>→–—]\s*$/.test(text.trim());
}

/**
 * Builds the lookup set of a label table ("|"-separated entries per language, all together), in
 * normalized form. The sets are built each time the extraction script is injected, on a click, where
 * normalizing every entry was a measurable part of the script's start-up: `normalize` takes a text
 * already in normal form as it is, and the entries skip the cache meant for page texts.
 */
export function labelSet(table: Readonly<Record<string, string>>): ReadonlySet<string> {
  return new Set(
    Object.values(table)
      .flatMap((entries) => entries.split('|'))
      .map(normalize),
  );
}

/**
 * A pattern source matching any of `phrases` as written (a group; a group that matches nothing
 * when there are none). Longest first, so that a leading match is the longest one.
 */
export function anyOfPattern(phrases: Iterable<string>): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return '(?!)';
  return `(?:${sorted.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}

/**
 * For each label table, a pattern every text leadingLabel finds a label in matches: one native
 * test turns away the lines that start with no label, before their first words are cut and looked up.
 */
const leadingLabelScreens = new WeakMap<ReadonlySet<string>, RegExp>();

function leadingLabelScreen(labels: ReadonlySet<string>): RegExp {
  let screen = leadingLabelScreens.get(labels);
  if (!screen) {
    screen = new RegExp(`^${anyOfPattern(labels)}${SEPARATOR}*(?: |$)`);
    leadingLabelScreens.set(labels, screen);
  }
  return screen;
}

/** The longest entry of `labels` that `text` (normalized) starts with as whole words, if any. */
export function leadingLabel(text: string, labels: ReadonlySet<string>, maxWords = 6): string | null {
  const normalized = normalizeLabel(text);
  if (!leadingLabelScreen(labels).test(normalized)) return null;
  // Where each of the first words ends (a normalized text has single spaces): only those are
  // looked at, where splitting a 600-character line into all its words cost more than the test.
  const ends: number[] = [];
  for (let space = normalized.indexOf(' '); ends.length < maxWords; space = normalized.indexOf(' ', space + 1)) {
    if (space === -1) {
      ends.push(normalized.length);
      break;
    }
    ends.push(space);
  }
  for (let count = ends.length; count > 0; count--) {
    // A prefix of a normalized text is normalized but for the separators now at its end
    // ("published:" of "published: 10:48"); normalizing each prefix again would fill the cache.
    const candidate = normalized.slice(0, ends[count - 1]).replace(TRAILING_SEPARATORS, '');
    if (labels.has(candidate)) return candidate;
  }
  return null;
}

const TRAILING_SEPARATORS = new RegExp(`${SEPARATOR}+$`);
