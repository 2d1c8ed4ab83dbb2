import { COOKIE_OPENINGS } from './clutter-labels';
import { findByText, removeShortMatches, removeWithEmptyAncestors } from './clutter-dom';

/**
 * Cookie and consent banners as the common consent tools mark them (first pass): OneTrust,
 * Cookiebot, Didomi, Quantcast, Cookie Notice, GDPR Cookie Consent, Osano, Axeptio, Iubenda.
 */
const COOKIE_SELECTOR = [
  '[id*="cookie" i]', '[class*="cookie" i]', '[id*="consent" i]', '[class*="consent" i]', '[id*="gdpr" i]',
  '[class*="gdpr" i]', '[aria-label*="cookie" i]', '#onetrust-banner-sdk', '#onetrust-consent-sdk',
  '#CybotCookiebotDialog', '#didomi-host', '.qc-cmp2-container', '.cc-window', '.osano-cm-window',
  '#axeptio_overlay', '#iubenda-cs-banner',
].join(', ');

/** A banner is a sentence or two and a few buttons; a policy page is much longer. */
const MAX_NOTICE_CHARS = 600;

/** What makes a "We use cookies…" block a banner rather than a sentence: it asks for a choice. */
const ASKS_CONSENT = /accept|agree|consent|ok\b|got it|accepter|j'accepte|d'accord|akzeptieren|zustimmen|einverstanden|accetto|accetta|acepto|aceptar|aceitar|aceito|accepteren|akkoord|politique|policy|datenschutz|privacy|confidentialit|privacidad|privacidade/i;

/**
 * Removes cookie notices: the banners consent tools mark, and short blocks that open with
 * "We use cookies" / "Nous utilisons des cookies" / … and ask the reader to accept.
 */
export function stripCookieNotices(root: Element): void {
  removeShortMatches(root, COOKIE_SELECTOR, MAX_NOTICE_CHARS);
  for (const notice of findByText(root, MAX_NOTICE_CHARS, isNotice)) {
    if (root.contains(notice)) removeWithEmptyAncestors(notice, root);
  }
}

function isNotice(text: string, element: Element): boolean {
  if (element.closest('blockquote, pre, code')) return false;
  if (!COOKIE_OPENINGS.test(text)) return false;
  return ASKS_CONSENT.test(text) || element.querySelector('a, button') !== null || element.getAttribute('role') === 'dialog';
}
