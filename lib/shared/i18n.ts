import { browser } from 'wxt/browser';

type GetMessage = (key: string, substitutions?: string | string[]) => string;

/**
 * Returns the user-facing text for an i18n message key (public/_locales), in the browser's
 * language. Falls back to the key itself, so a missing translation shows up instead of a blank.
 */
export function t(key: string, substitutions?: string | string[]): string {
  // WXT types getMessage as one overload per known key; the keys are checked by a unit test.
  return (browser.i18n.getMessage as GetMessage)(key, substitutions) || key;
}
