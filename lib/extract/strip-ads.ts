import { LABELS } from './clutter-labels';
import {
  AUTHORED_TAGS,
  elementsNamed,
  findByText,
  hasAncestorTag,
  removeShort,
  removeWithEmptyAncestors,
} from './clutter-dom';
import { normalizeLabel } from './normalize-label';

/**
 * Ad elements known by tag. Slots known by attribute ("data-ad-slot") also carry an
 * ad class or id in practice, and an attribute selector costs jsdom a full scan of its own.
 */
const AD_SELECTOR = 'amp-ad, amp-embed';

/**
 * Class and id words of ad slots. Matched as whole words between spaces, "-" or "_"
 * ("ad-slot", "top_ad"), never inside a word: "ad" is inside "header", "load" and "gradient".
 */
const AD_NAMES =
  /(^|[\s_-])(ad|ads|advert|adverts|advertisement|advertising|adslot|adunit|adsbygoogle|dfp|gpt-ad|div-gpt-ad|google_ads|publicite|sponsored|taboola|outbrain)([\s_-]|\d|$)/i;

/** A slot is a label and an empty frame; 200 characters leave room for a sponsor line. */
const MAX_SLOT_CHARS = 200;

/** An ad label is a word or a short line ("Story continues below advertisement"). */
const MAX_LABEL_CHARS = 60;

/** Tags an ad label never uses: a heading or a table cell with this text is the author's. */
const NOT_A_LABEL = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'LI', 'DT', 'DD', 'A', 'BUTTON']);

/** Where an ad label never sits: quotations, code, tables and lists are the author's. */
const LABEL_FREE_ZONES = new Set([...AUTHORED_TAGS, 'TABLE', 'LI']);

/**
 * Removes ad slots and their labels: the slots ad code marks, and any element whose entire text
 * is an ad label ("Publicité", "Advertisement", "Anzeige", "Pubblicità", "Publicidad", …).
 */
export function stripAds(root: Element): void {
  removeShort(root, root.querySelectorAll(AD_SELECTOR), MAX_SLOT_CHARS);
  removeShort(root, elementsNamed(root, AD_NAMES), MAX_SLOT_CHARS);
  for (const label of findByText(root, MAX_LABEL_CHARS, isAdLabel)) {
    if (root.contains(label)) removeWithEmptyAncestors(label, root);
  }
}

function isAdLabel(text: string, element: Element): boolean {
  if (NOT_A_LABEL.has(element.tagName) || !LABELS.ad.has(normalizeLabel(text))) return false;
  return !hasAncestorTag(element, LABEL_FREE_ZONES);
}
