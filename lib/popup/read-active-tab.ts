import { browser } from 'wxt/browser';
import { extractInTab, type ExtractInTabResult } from '../capture/extract-in-tab';
import { autoSave } from '../storage/settings';
import { EXTRACT_START_MARK, EXTRACTED_MARK } from '../shared/marks';

/** The tab the popup was opened on, as far as the popup may know it. */
export interface ActiveTab {
  id: number;
  url: string;
  title: string;
}

/**
 * The active tab's article as the popup first sees it, and whether to save it at once. A failure
 * carries the tab when there is one, so the popup can still save its link.
 */
export type ActiveTabReading =
  | { ok: true; tab: ActiveTab; extraction: Extract<ExtractInTabResult, { ok: true }>['extraction']; autoSave: boolean }
  | (Extract<ExtractInTabResult, { ok: false }> & { tab?: ActiveTab });

/**
 * Extracts the article of the active tab (the toolbar click granted activeTab on it) and reads
 * the auto-save setting. The popup calls it before its first render, so the extraction in the
 * tab overlaps with the popup's own start-up.
 */
export async function readActiveTab(): Promise<ActiveTabReading> {
  // The setting is read while the tab extracts: the extraction is the long part.
  const shouldSave = autoSave.getValue();
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { ok: false, reason: 'tab-gone' };
  performance.mark(EXTRACT_START_MARK);
  const result = await extractInTab(tab.id);
  performance.mark(EXTRACTED_MARK);
  const url = tab.url ?? (result.ok ? result.extraction.url : '');
  const active = { id: tab.id, url, title: tab.title ?? '' };
  if (!result.ok) return { ...result, tab: active };
  return { ok: true, tab: active, extraction: result.extraction, autoSave: await shouldSave };
}
