import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Reads one locale's messages.json. */
export function readMessages(locale: 'en' | 'fr'): Messages {
  return JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Messages;
}

/**
 * Makes fakeBrowser.i18n.getMessage answer from public/_locales/<locale>, with Chrome's
 * placeholder rules ($NAME$ → its content, $1 → the first substitution). Unknown keys give "".
 */
export function stubI18n(locale: 'en' | 'fr' = 'en'): Messages {
  const messages = readMessages(locale);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, substitutions?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    const withPlaceholders = entry.message.replace(
      /\$([A-Za-z0-9_]+)\$/g,
      (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '',
    );
    return withPlaceholders.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(locale);
  return messages;
}
