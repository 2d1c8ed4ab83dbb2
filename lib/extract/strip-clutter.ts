import { withClutterIndex } from './clutter-dom';
import { stripAds } from './strip-ads';
import { stripArticleNavigation } from './strip-article-navigation';
import { stripBackToTop } from './strip-back-to-top';
import { stripComments } from './strip-comments';
import { stripCookieNotices } from './strip-cookie-notices';
import { stripInlinePromos } from './strip-inline-promos';
import { stripNewsletterBoxes } from './strip-newsletter-boxes';
import { stripShareBars } from './strip-share-bars';

/**
 * The clutter steps, in order. Each works on the page body before Readability (class names
 * present) and on Readability's output (only structure and label words left), and running it
 * twice changes nothing more.
 *
 * 1. Comments, cookie notices and newsletter boxes first: they are the largest blocks, and once
 *    they are gone the steps below have fewer elements to look at.
 * 2. Share bars and ads next: removing their captions ("Partager :", "Publicité") leaves the
 *    paragraphs around them as plain neighbours for the promo step.
 * 3. Back-to-top links before navigation, so a "Retour en haut" inside a prev/next box is gone.
 * 4. Article navigation before inline promos: a "Vous aimerez aussi" list is removed whole rather
 *    than one promo-looking item at a time.
 * 5. Inline promos last: the finest-grained rule, run on what is left.
 */
const STEPS: ReadonlyArray<(root: Element) => void> = [
  stripComments,
  stripCookieNotices,
  stripNewsletterBoxes,
  stripShareBars,
  stripAds,
  stripBackToTop,
  stripArticleNavigation,
  stripInlinePromos,
];

/** Removes what Readability keeps but a reader never wants: promos, comments, ads, share bars… */
export function stripClutter(root: Element): void {
  withClutterIndex(root, () => {
    for (const step of STEPS) step(root);
  });
}
