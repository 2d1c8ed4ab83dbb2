import { browser } from 'wxt/browser';
import { extractFirstPartInTab, type ExtractInTabResult } from '../capture/extract-in-tab';
import type { ExtractionFirstPart } from '../extract/types';
import { autoSave } from '../storage/settings';
import { EXTRACT_START_MARK, EXTRACTED_MARK, FIRST_PART_MARK } from '../shared/marks';

/**
 * The active tab's article as the popup first sees it: its first part (what the first paint
 * needs), the rest to ask for once that is painted, and whether to save it at once.
 */
export type ActiveTabReading =
  | {
    ok: true;
    tab: { id: number; url: string };
    first: ExtractionFirstPart;
    /** The whole article, which the page goes on sanitizing while the popup paints the first part. */
    rest(): Promise<ExtractInTabResult>;
    autoSave: boolean;
  }
  | Extract<ExtractInTabResult, { ok: false }>;

/**
 * Extracts the article of the active tab (the toolbar click granted activeTab on it) and reads
 * the auto-save setting. The popup calls it before its first render, so the extraction in the
 * tab overlaps with the popup's own start-up; the tab from tabs.query is used as is (its address
 * comes with the grant), with no second look-up before injecting.
 */
export async function readActiveTab(): Promise<ActiveTabReading> {
  // The setting is read while the tab extracts: the extraction is the long part.
  const shouldSave = autoSave.getValue();
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { ok: false, reason: 'tab-gone' };
  performance.mark(EXTRACT_START_MARK);
  const result = await extractFirstPartInTab({ id: tab.id, url: tab.url, status: tab.status });
  performance.mark(FIRST_PART_MARK);
  if (!result.ok) return result;
  const rest = async () => {
    const whole = await result.rest();
    performance.mark(EXTRACTED_MARK);
    return whole;
  };
  return { ok: true, tab: { id: tab.id, url: tab.url ?? result.first.url }, first: result.first, rest, autoSave: await shouldSave };
}
