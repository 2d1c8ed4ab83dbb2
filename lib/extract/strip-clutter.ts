import { withClutterIndex } from './clutter-dom';
import { stripAds } from './strip-ads';
import { stripArticleNavigation } from './strip-article-navigation';
import { stripBackToTop } from './strip-back-to-top';
import { stripComments } from './strip-comments';
import { stripCookieNotices } from './strip-cookie-notices';
import { stripInlinePromos } from './strip-inline-promos';
import { stripNewsletterBoxes } from './strip-newsletter-boxes';
import { stripShareBars } from './strip-share-bars';
import { stripSocialLinks } from './strip-social-links';
import { stripBoilerplateLines } from './strip-boilerplate-lines';
import { stripTagLists } from './strip-tag-lists';
import { stripHeadlineLinks } from './strip-headline-links';
import { stripSiteNavigation } from './strip-site-navigation';

/**
 * The clutter steps, in order. Each works on the page body before Readability (class names
 * present) and on Readability's output (only structure and label words left), and running it
 * twice changes nothing more.
 *
 * 1. Comments, cookie notices and newsletter boxes first: they are the largest blocks, and once
 *    they are gone the steps below have fewer elements to look at.
 * 2. Share bars (by address, then by what they say) and ads next: removing their captions
 *    ("Partager :", "Publicité") leaves the paragraphs around them as plain neighbours for the
 *    promo steps.
 * 3. Back-to-top links before navigation, so a "Retour en haut" inside a prev/next box is gone;
 *    stamps, teasers, policies, copyright lines and tag lists then, so that a promo line between
 *    paragraphs is not kept apart from them by a dateline.
 * 4. Article navigation before inline promos: a "Vous aimerez aussi" list is removed whole rather
 *    than one promo-looking item at a time.
 * 5. Inline promos with a label, then those without one (headline links between paragraphs):
 *    the labelled rule is the more certain, so it goes first.
 * 6. Site navigation last: only once everything above is gone is the run of menu lines at the
 *    container's start or end really at its edge.
 */
const STEPS: ReadonlyArray<(root: Element) => void> = [
  stripComments,
  stripCookieNotices,
  stripNewsletterBoxes,
  stripShareBars,
  stripSocialLinks,
  stripAds,
  stripBackToTop,
  stripBoilerplateLines,
  stripTagLists,
  stripArticleNavigation,
  stripInlinePromos,
  stripHeadlineLinks,
  stripSiteNavigation,
];

/**
 * Removes what Readability keeps but a reader never wants: promos, comments, ads, share bars…
 * With `timings` (benchmarks), adds each step's milliseconds under "clutter: <step>".
 */
export function stripClutter(root: Element, timings?: Record<string, number>): void {
  withClutterIndex(root, () => {
    for (const step of STEPS) {
      const start = timings ? performance.now() : 0;
      step(root);
      if (timings)
        timings[`clutter: ${step.name}`] = (timings[`clutter: ${step.name}`] ?? 0) + performance.now() - start;
    }
  });
}
