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

/**
 * The language the UI is shown in: the language of the messages the browser picked ("en" when
 * it fell back to English), refined by the browser's region when they agree ("fr-CA"). Dates,
 * numbers and plurals follow it, not the system's locale, so they match the words around them.
 */
export function uiLocale(): string {
  const shown = t('uiLocale');
  const browserLanguage = browser.i18n.getUILanguage?.() ?? shown;
  return browserLanguage.toLowerCase().startsWith(shown.toLowerCase()) ? browserLanguage : shown;
}

/** The writing direction of the UI language. */
export function uiDirection(): 'ltr' | 'rtl' {
  return (browser.i18n.getMessage as GetMessage)('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** Marks a page with the UI's language and direction (`<html lang dir>`), for screen readers and layout. */
export function applyUiLanguage(doc: Document): void {
  doc.documentElement.lang = uiLocale();
  doc.documentElement.dir = uiDirection();
}

/**
 * The text for a count, by the plural rules of the UI language: `key_one`, `key_other`… (one
 * message per CLDR category, as browser i18n has no plurals). The count, formatted, is the first
 * substitution; `more` follow. A category the language file lacks falls back to `key_other`.
 */
export function tn(key: string, count: number, ...more: string[]): string {
  const locale = uiLocale();
  const category = new Intl.PluralRules(locale).select(count);
  const substitutions = [new Intl.NumberFormat(locale).format(count), ...more];
  const get = browser.i18n.getMessage as GetMessage;
  return get(`${key}_${category}`, substitutions) || get(`${key}_other`, substitutions) || key;
}
