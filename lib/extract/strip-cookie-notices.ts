import { COOKIE_OPENINGS } from './clutter-labels';
import {
  AUTHORED_TAGS,
  elementsNamed,
  findByText,
  hasAncestorTag,
  removeShort,
  removeWithEmptyAncestors,
} from './clutter-dom';

/**
 * Cookie and consent banners as the common consent tools mark them: OneTrust,
 * Cookiebot, Didomi, Quantcast, Cookie Notice, GDPR Cookie Consent, Osano, Axeptio, Iubenda.
 */
const COOKIE_NAMES = /cookie|consent|gdpr|onetrust|cybotcookiebot|didomi|qc-cmp|cc-window|osano-cm|axeptio|iubenda-cs/i;

/** A banner is a sentence or two and a few buttons; a policy page is much longer. */
const MAX_NOTICE_CHARS = 600;

/** What makes a "We use cookies…" block a banner rather than a sentence: it asks for a choice. */
const ASKS_CONSENT =
  /accept|agree|consent|ok\b|got it|accepter|j'accepte|d'accord|akzeptieren|zustimmen|einverstanden|accetto|accetta|acepto|aceptar|aceitar|aceito|accepteren|akkoord|politique|policy|datenschutz|privacy|confidentialit|privacidad|privacidade/i;

/**
 * Removes cookie notices: the banners consent tools mark, and short blocks that open with
 * "We use cookies" / "Nous utilisons des cookies" / … and ask the reader to accept.
 */
export function stripCookieNotices(root: Element): void {
  removeShort(root, elementsNamed(root, COOKIE_NAMES), MAX_NOTICE_CHARS);
  for (const notice of findByText(root, MAX_NOTICE_CHARS, isNotice)) {
    if (root.contains(notice)) removeWithEmptyAncestors(notice, root);
  }
}

function isNotice(text: string, element: Element): boolean {
  if (!COOKIE_OPENINGS.test(text) || hasAncestorTag(element, AUTHORED_TAGS)) return false;
  return (
    ASKS_CONSENT.test(text) || element.querySelector('a, button') !== null || element.getAttribute('role') === 'dialog'
  );
}
