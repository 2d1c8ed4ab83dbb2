import { browser } from 'wxt/browser';

/** The browser's interface language ("fr", "en-US"), for numbers and sizes in messages. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage?.() || 'en';
}
