import { browser } from 'wxt/browser';
import { extractFirstPartInTab, type ExtractInTabResult, type FirstPartInTab } from '../capture/extract-in-tab';
import { EXTRACT_START_MARK, FIRST_PART_MARK } from '../shared/marks';
import { sendMessage } from '../shared/messages';

/** The first part of the active tab's article, with the tab it came from. */
export type FirstPartReading =
  { tab: { id: number; url?: string; title?: string }; result: FirstPartInTab } | { tab: null; result: FirstPartInTab };

/** Where the popup's bootstrap script leaves the reading it started, for the popup's main script. */
const STARTED_KEY = 'liseuseStartedReading';

/**
 * Reads the active tab (the toolbar click granted activeTab on it) and resolves with its first
 * part: the reading the click started in the background when there is one (Chrome), else a new
 * one injected from here. The popup's bootstrap (entrypoints/popup-boot.ts) runs this the moment
 * the popup document starts, before the popup's own script has loaded; `fresh` (trying again)
 * always starts a new one.
 */
export function startReadingActiveTab({ fresh = false } = {}): Promise<FirstPartReading> {
  const reading = (async (): Promise<FirstPartReading> => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return { tab: null, result: { ok: false, reason: 'tab-gone' } };
    performance.mark(EXTRACT_START_MARK);
    const result =
      (fresh ? null : await readingStartedOnClick(tab.id)) ??
      (await extractFirstPartInTab({ id: tab.id, url: tab.url, status: tab.status }));
    performance.mark(FIRST_PART_MARK);
    return { tab: { id: tab.id, url: tab.url, title: tab.title }, result };
  })();
  (globalThis as Record<string, unknown>)[STARTED_KEY] = reading;
  return reading;
}

/**
 * The reading the toolbar click started on `tabId` in the background (lib/popup/toolbar-click.ts),
 * or null when it started none: Firefox opens its popup itself, and a popup opened any other way
 * (or after the background restarted) has no click behind it.
 */
async function readingStartedOnClick(tabId: number): Promise<FirstPartInTab | null> {
  if (import.meta.env.FIREFOX) return null;
  const started = await sendMessage('takeReadingStartedOnClick', { tabId }).catch(() => null);
  if (!started?.ok) return started;
  let rest: Promise<ExtractInTabResult> | undefined;
  const askForRest = () =>
    sendMessage('restOfReadingStartedOnClick', { tabId }).catch((error: unknown): ExtractInTabResult => ({
      ok: false,
      reason: 'no-article',
      detail: String(error),
    }));
  return { ok: true, first: started.first, rest: () => (rest ??= askForRest()) };
}

/** The reading the bootstrap started, taken once; undefined when it did not run. */
export function takeStartedReading(): Promise<FirstPartReading> | undefined {
  const world = globalThis as Record<string, unknown>;
  const started = world[STARTED_KEY] as Promise<FirstPartReading> | undefined;
  delete world[STARTED_KEY];
  return started;
}
