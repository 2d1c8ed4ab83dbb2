import { browser } from 'wxt/browser';
import { extractFirstPartInTab, type FirstPartInTab } from '../capture/extract-in-tab';
import { EXTRACT_START_MARK, FIRST_PART_MARK } from '../shared/marks';

/** The first part of the active tab's article, with the tab it came from. */
export type FirstPartReading =
  { tab: { id: number; url?: string; title?: string }; result: FirstPartInTab } | { tab: null; result: FirstPartInTab };

/** Where the popup's bootstrap script leaves the reading it started, for the popup's main script. */
const STARTED_KEY = 'liseuseStartedReading';

/**
 * Starts reading the active tab (the toolbar click granted activeTab on it): injects the
 * extraction and resolves with its first part. The popup's bootstrap (entrypoints/popup-boot.ts)
 * runs this the moment the popup document starts, before the popup's own script has loaded.
 */
export function startReadingActiveTab(): Promise<FirstPartReading> {
  const reading = (async (): Promise<FirstPartReading> => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return { tab: null, result: { ok: false, reason: 'tab-gone' } };
    performance.mark(EXTRACT_START_MARK);
    const result = await extractFirstPartInTab({ id: tab.id, url: tab.url, status: tab.status });
    performance.mark(FIRST_PART_MARK);
    return { tab: { id: tab.id, url: tab.url, title: tab.title }, result };
  })();
  (globalThis as Record<string, unknown>)[STARTED_KEY] = reading;
  return reading;
}

/** The reading the bootstrap started, taken once; undefined when it did not run. */
export function takeStartedReading(): Promise<FirstPartReading> | undefined {
  const world = globalThis as Record<string, unknown>;
  const started = world[STARTED_KEY] as Promise<FirstPartReading> | undefined;
  delete world[STARTED_KEY];
  return started;
}
