import { LABELS } from './clutter-labels';
import { findByText, removeShortMatches, removeWithEmptyAncestors } from './clutter-dom';
import { normalizeLabel } from './normalize-label';

/**
 * Ad slots as ad servers and themes mark them (first pass). Whole class tokens are matched
 * ("ad", "ad-slot"), never a substring: "ad" is inside "header", "load" and "gradient".
 */
const AD_SELECTOR = [
  'ins.adsbygoogle', '[id^="google_ads"]', '[id^="div-gpt-ad"]', '[data-ad-unit]', '[data-ad-slot]',
  '[data-ad-client]', '[data-google-query-id]', '[data-ad]', '[data-adunit]', 'amp-ad', 'amp-embed',
  ...['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'ad-slot', 'ad-container', 'ad-wrapper',
    'ad-unit', 'ad-label', 'ad-banner', 'ad-block', 'adslot', 'adunit', 'adsbygoogle', 'dfp-ad', 'gpt-ad',
    'publicite', 'pub-container', 'sponsored-content', 'taboola', 'outbrain', 'OUTBRAIN'].map((token) => `[class~="${token}"]`),
  '[class*="ad-slot" i]', '[class*="adslot" i]', '[class*="ad-container" i]', '[class*="advertisement" i]',
  '[id^="taboola"]', '[id^="outbrain"]',
].join(', ');

/** A slot is a label and an empty frame; 200 characters leave room for a sponsor line. */
const MAX_SLOT_CHARS = 200;

/** An ad label is a word or a short line ("Story continues below advertisement"). */
const MAX_LABEL_CHARS = 60;

/** Tags an ad label never uses: a heading or a table cell with this text is the author's. */
const NOT_A_LABEL = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'LI', 'DT', 'DD', 'A', 'BUTTON']);

/**
 * Removes ad slots and their labels: the slots ad code marks, and any element whose entire text
 * is an ad label ("Publicité", "Advertisement", "Anzeige", "Pubblicità", "Publicidad", …).
 */
export function stripAds(root: Element): void {
  removeShortMatches(root, AD_SELECTOR, MAX_SLOT_CHARS);
  for (const label of findByText(root, MAX_LABEL_CHARS, isAdLabel)) {
    if (root.contains(label)) removeWithEmptyAncestors(label, root);
  }
}

function isAdLabel(text: string, element: Element): boolean {
  if (NOT_A_LABEL.has(element.tagName) || element.closest('blockquote, pre, code, table, li')) return false;
  return LABELS.ad.has(normalizeLabel(text));
}
