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
 * The clutter steps, in order. Each works on Readability's output (class names kept through
 * Readability, see read-article.ts), and running it twice changes nothing more.
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
const ARTICLE_STEPS: ReadonlyArray<(root: Element) => void> = [
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
 * The steps that also run on the whole page, before Readability, in the same order, and there by
 * class name and structure only: the blocks that change which container Readability picks (a
 * comment thread or a "related" list long enough to outscore the article) or that Readability
 * reshapes out of recognition (a share bar whose buttons it drops, in a wrapper it unwraps). The
 * other steps look at lines between the article's paragraphs or at the edges of its container,
 * and what words give away is looked for on the article alone: on the whole page it cost as much
 * again (the page is often ten times the article) for what Readability drops anyway. On the 130
 * corpus pages and the page fixtures, the text extracted this way differs by one word.
 */
const PAGE_STEPS: ReadonlyArray<(root: Element) => void> = [
  stripComments,
  stripCookieNotices,
  stripNewsletterBoxes,
  stripShareBars,
  stripAds,
  stripArticleNavigation,
];

/** Where a clutter pass runs: the whole page before Readability, or the article it returned. */
export type ClutterScope = 'page' | 'article';

/**
 * Removes what Readability keeps but a reader never wants: promos, comments, ads, share bars…
 * With `timings` (benchmarks), adds each step's milliseconds under "clutter: <step>".
 */
export function stripClutter(root: Element, scope: ClutterScope = 'article', timings?: Record<string, number>): void {
  withClutterIndex(
    root,
    () => {
      for (const step of scope === 'page' ? PAGE_STEPS : ARTICLE_STEPS) {
        const start = timings ? performance.now() : 0;
        step(root);
        if (timings)
          timings[`clutter: ${step.name}`] = (timings[`clutter: ${step.name}`] ?? 0) + performance.now() - start;
      }
    },
    { byText: scope === 'article' },
  );
}
