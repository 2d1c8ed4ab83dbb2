import { browser } from 'wxt/browser';
import { extractFirstPartInTab, type FirstPartInTab, type RestInTabResult } from '../capture/extract-in-tab';
import { EXTRACT_START_MARK, FIRST_PART_MARK, READING_FROM_CLICK_MARK } from '../shared/marks';
import { sendMessage } from '../shared/messages';

/** The first part of the active tab's article, with the tab it came from. */
export type FirstPartReading =
  { tab: { id: number; url?: string; title?: string }; result: FirstPartInTab } | { tab: null; result: FirstPartInTab };

/** Where the popup's bootstrap script leaves the reading it started, for the popup's main script. */
const STARTED_KEY = 'liseuseStartedReading';

/**
 * Reads the active tab (the toolbar click granted activeTab on it) and resolves with its first
 * part: the reading the click started in the background when there is one (Chrome), else a new
 * one injected from here; `fresh` (trying again) always starts a new one.
 */
export async function startReadingActiveTab({ fresh = false } = {}): Promise<FirstPartReading> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { tab: null, result: { ok: false, reason: 'tab-gone' } };
  performance.mark(EXTRACT_START_MARK);
  const result =
    (fresh ? null : await readingStartedOnClick({ id: tab.id, url: tab.url })) ??
    (await extractFirstPartInTab({ id: tab.id, url: tab.url, status: tab.status }));
  performance.mark(FIRST_PART_MARK);
  return { tab: { id: tab.id, url: tab.url, title: tab.title }, result };
}

/**
 * The popup's bootstrap (entrypoints/popup-boot.ts) runs this the moment the popup document
 * starts, before the popup's own script has loaded: reads the active tab and leaves the reading
 * for that script (`takeStartedReading`) and for the script that paints it first (`startedReading`).
 */
export function startReadingAtBoot(): void {
  (globalThis as Record<string, unknown>)[STARTED_KEY] = startReadingActiveTab();
}

/** The reading the bootstrap started, left in place for the popup's script; undefined when it did not run. */
export function startedReading(): Promise<FirstPartReading> | undefined {
  return (globalThis as Record<string, unknown>)[STARTED_KEY] as Promise<FirstPartReading> | undefined;
}

/**
 * The reading the toolbar click started on `tab` in the background (lib/popup/toolbar-click.ts),
 * or null when it started none: Firefox opens its popup itself, and a popup opened any other way
 * (or after the background restarted) has no click behind it. A reading of another address (the
 * tab moved on between the click and the popup) is not this tab's article: null too.
 */
async function readingStartedOnClick(tab: { id: number; url?: string }): Promise<FirstPartInTab | null> {
  if (import.meta.env.FIREFOX) return null;
  const taken = await sendMessage('takeReadingStartedOnClick', { tabId: tab.id }).catch(() => null);
  if (!taken || taken.url !== tab.url) return null;
  performance.mark(READING_FROM_CLICK_MARK);
  if (!taken.result.ok) return taken.result;
  const { readingId } = taken;
  let rest: Promise<RestInTabResult> | undefined;
  const askForRest = () =>
    sendMessage('restOfReadingStartedOnClick', { tabId: tab.id, readingId }).catch(
      (error: unknown): RestInTabResult => ({ ok: false, reason: 'no-article', detail: String(error) }),
    );
  return { ok: true, first: taken.result.first, rest: () => (rest ??= askForRest()) };
}

/** The reading the bootstrap started, taken once; undefined when it did not run. */
export function takeStartedReading(): Promise<FirstPartReading> | undefined {
  const started = startedReading();
  delete (globalThis as Record<string, unknown>)[STARTED_KEY];
  return started;
}
