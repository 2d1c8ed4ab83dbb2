import {
  COMMENT_POLICY_PHRASES,
  COPYRIGHT_PHRASES,
  GALLERY_COUNTER,
  PAYWALL_PHRASES,
  PHRASES,
  phraseList,
} from './clutter-phrases';
import { PAYWALL_NAMES, namePattern } from './clutter-names';
import {
  AUTHORED_TAGS,
  elementsNamed,
  findByText,
  hasAncestorTag,
  removeShort,
  removeWithEmptyAncestors,
} from './clutter-dom';
import { anyOfPattern, leadingLabel, normalizeLabel } from './normalize-label';

/** A stamp is a label and a date ("Mis à jour le mardi 3 mars 2025 à 10 h 48"): 120 characters. */
const MAX_STAMP_CHARS = 120;

/** A teaser, a policy notice or a copyright line is a sentence or two. */
const MAX_NOTICE_CHARS = 400;

/** A copyright line is one line: "© 2024 Harbor Gazette Media. All rights reserved." */
const MAX_COPYRIGHT_LINE_CHARS = 150;

/** A teaser is its phrase plus a call ("Abonnez-vous") or a price: at most this much more text. */
const MAX_TEASER_EXTRA_CHARS = 120;

/** A paywall box with its buttons and prices. */
const MAX_PAYWALL_BOX_CHARS = 500;

/** Where none of these lines sit: quotes, code, captions, table cells and list items are the author's. */
const FREE_ZONES = new Set([...AUTHORED_TAGS, 'FIGCAPTION', 'TD', 'TH', 'LI']);

const PAYWALL = phraseList(PAYWALL_PHRASES);
const POLICY = phraseList(COMMENT_POLICY_PHRASES);
const COPYRIGHT = phraseList(COPYRIGHT_PHRASES);

// The same phrases as patterns: every short line of an article is asked about them, and one
// pattern tests them all at once where a loop over the phrases is slow in code that runs once per click.
const ANY_PAYWALL = new RegExp(anyOfPattern(PAYWALL));
const LONGEST_PAYWALL = Math.max(0, ...PAYWALL.map((phrase) => phrase.length));
const STARTS_WITH_POLICY = new RegExp(`^${anyOfPattern(POLICY)}`);
const ANY_COPYRIGHT = new RegExp(anyOfPattern(COPYRIGHT));

/**
 * Removes the lines a page prints around an article that are not the article: publication and
 * update stamps inside the body ("PUBLISHED: 10:48, Tue, Nov 19, 2019", "Updated at 1:23 p.m.",
 * "By X - 11/18/19"), subscriber teasers ("Ce contenu est réservé aux abonnés"), comment
 * policies, copyright and citation footers, and gallery counters ("Image 1 of 5").
 */
export function stripBoilerplateLines(root: Element): void {
  removeShort(root, elementsNamed(root, PAYWALL_NAME_PATTERN), MAX_PAYWALL_BOX_CHARS);
  for (const line of findByText(root, MAX_NOTICE_CHARS, isBoilerplate)) {
    if (root.contains(line)) removeWithEmptyAncestors(line, root);
  }
}

const PAYWALL_NAME_PATTERN = namePattern(PAYWALL_NAMES);

function isBoilerplate(text: string, element: Element): boolean {
  if (hasAncestorTag(element, FREE_ZONES)) return false;
  const normalized = normalizeLabel(text);
  if (text.length <= MAX_STAMP_CHARS && (isStamp(normalized) || GALLERY_COUNTER.test(normalized))) return true;
  if (
    normalized.length <= LONGEST_PAYWALL + MAX_TEASER_EXTRA_CHARS &&
    ANY_PAYWALL.test(normalized) &&
    PAYWALL.some((phrase) => normalized.includes(phrase) && normalized.length <= phrase.length + MAX_TEASER_EXTRA_CHARS)
  )
    return true;
  if (STARTS_WITH_POLICY.test(normalized)) return true;
  return isCopyright(text, normalized, element);
}

/**
 * "Published: <date>", "Mis à jour le <date>", "By Jane Doe - 11/18/19": a stamp label (or a
 * byline) followed by a date and nothing else. A real sentence ("Updated guidance says…",
 * "Published in 1998, the book…") has words that no date has.
 */
export function isStamp(normalized: string): boolean {
  const label = leadingLabel(normalized, PHRASES.dateline, 4);
  if (label !== null) return isDate(normalized.slice(label.length));
  const byline = /^(\S+(?: \S+){0,2}?) (.{2,60}?) ?[-–—|,·] ?(.+)$/.exec(normalized);
  return byline !== null && PHRASES.bylineWord.has(byline[1]) && isDate(byline[3]);
}

/** Whether `text` is only a date or a time: numbers, month and day names, "at", "à", "um", "Uhr"… */
function isDate(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'.-]+/u)
    .filter((word) => word !== '');
  // A second stamp may follow the first ("PUBLISHED: 10:48, Tue… | UPDATED: 11:02, Tue…").
  return (
    words.length > 0 &&
    words.every(
      (word) =>
        /^\d+(?:[.:h/-]\d+)*(?:st|nd|rd|th|er|h|hs)?\.?$/.test(word) ||
        PHRASES.dateWord.has(word.replace(/\.$/, '')) ||
        PHRASES.dateline.has(word),
    )
  );
}

/**
 * "All rights reserved", "Cite this article", or a line opening with © / "Copyright": the page's
 * legal and citation footer. A photo credit sits in a caption, where this rule never looks.
 */
function isCopyright(text: string, normalized: string, element: Element): boolean {
  if (ANY_COPYRIGHT.test(normalized)) return true;
  // A credit beside a picture ("© Provided by …" over a photo, then the paragraph) is no footer.
  return (
    /^(©|\(c\)|copyright\b)/i.test(text.trim()) &&
    text.length <= MAX_COPYRIGHT_LINE_CHARS &&
    element.querySelector('img, picture, figure, video') === null
  );
}
