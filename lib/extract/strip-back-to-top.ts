import { LABELS } from './clutter-labels';
import {
  elementsNamed,
  isLinkWithHref,
  isShort,
  linksAndButtons,
  removeShort,
  removeWithEmptyAncestors,
  visibleText,
} from './clutter-dom';
import { linkKind, pageUrl } from './clutter-links';
import { normalizeLabel } from './normalize-label';

/**
 * Class and id names of back-to-top buttons, as whole tokens: a substring match
 * would take "photo-top" for "to-top".
 */
const BACK_TO_TOP_NAMES =
  /(^|\s)(back-to-top|backtotop|back-top|to-top|totop|scroll-top|scrolltop|scroll-to-top|go-top|gotop|go-to-top|top-link|retour-haut|retour-en-haut)(\s|$)/i;

/** A back-to-top control is a few words or an arrow. */
const MAX_CONTROL_CHARS = 40;

/** Anchors a page puts on its top: a link to one of these always means "back to top". */
const TOP_ANCHORS = new Set([
  'top',
  'page',
  'site',
  'header',
  'masthead',
  'wrapper',
  'body',
  'page-top',
  'pagetop',
  'haut',
  'oben',
  'inicio',
]);

/** What an icon-only control shows: nothing, or an upward arrow. */
const ARROW_ONLY = /^[\s↑⇧▲△⬆︎^]*$/u;

/**
 * Removes "back to top" links ("Retour en haut", "Back to top", "Nach oben", …): links that jump
 * within the page (or nowhere) and are labelled so, or that jump to the top anchor itself. A
 * table of contents is kept: its anchors name sections and its labels are section titles.
 */
export function stripBackToTop(root: Element): void {
  removeShort(root, elementsNamed(root, BACK_TO_TOP_NAMES), MAX_CONTROL_CHARS);
  const page = pageUrl(root.ownerDocument);
  for (const link of linksAndButtons(root)) {
    if (link.localName !== 'button' && !isLinkWithHref(link)) continue;
    if (!mayJumpWithinPage(link, page) || !root.contains(link) || !isShort(link, MAX_CONTROL_CHARS)) continue;
    if (!isBackToTop(link, page)) continue;
    // Take the paragraph or box that holds only this link with it ("<p class=to-top><a>…</a></p>").
    const parent = link.parentElement;
    const lone = parent && parent !== root && visibleText(parent) === visibleText(link) && parent.children.length === 1;
    removeWithEmptyAncestors(lone ? parent : link, root);
  }
}

/** A cheap first look at the raw href, so that the links to other pages (nearly all) cost nothing more. */
function mayJumpWithinPage(control: Element, page: URL | null): boolean {
  if (control.tagName === 'BUTTON') return true;
  const href = control.getAttribute('href') ?? '';
  return (
    href.includes('#') ||
    href.trim() === '' ||
    /^\s*javascript:/i.test(href) ||
    (page !== null && href.startsWith(page.origin))
  );
}

function isBackToTop(control: Element, page: URL | null): boolean {
  const label = normalizeLabel(
    visibleText(control) || control.getAttribute('aria-label') || control.getAttribute('title') || '',
  );
  if (control.tagName === 'BUTTON') return LABELS.backToTop.has(label);
  const link = control as HTMLAnchorElement;
  const href = (link.getAttribute('href') ?? '').trim();
  const labelled = LABELS.backToTop.has(label);
  const anchor = href.includes('#') ? href.slice(href.indexOf('#') + 1).toLowerCase() : null;
  // Neither labelled so nor aimed at a top anchor: no need to parse the address (a page of
  // footnotes has thousands of in-page links).
  if (!labelled && (anchor === null || !TOP_ANCHORS.has(anchor))) return false;
  const jumpsWithinPage = linkKind(link, page) === 'this-page' || href === '' || /^javascript:/i.test(href);
  if (!jumpsWithinPage) return false;
  // Labelled, or an icon-only link or an arrow pointing at the page's top anchor ("#top", "#page").
  return labelled || ARROW_ONLY.test(visibleText(link));
}
