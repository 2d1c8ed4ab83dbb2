import type { ExtractInTabResult } from '../capture/extract-in-tab';
import type { ExtractionFirstPart } from '../extract/types';
import { finishArticle } from '../extract/finish-article';
import { autoSave } from '../storage/settings';
import { EXTRACTED_MARK } from '../shared/marks';
import { sanitizedFirstPart } from './sanitized-first-part';
import { startReadingActiveTab, takeStartedReading } from './start-reading';

/** The tab the popup was opened on, as far as the popup may know it. */
export interface ActiveTab {
  id: number;
  url: string;
  title: string;
}

/**
 * The active tab's article as the popup first sees it: its first part (what the first paint
 * needs), the rest to ask for once that is painted, and whether to save it at once. A failure
 * carries the tab when there is one, so the popup can still save its link.
 */
export type ActiveTabReading =
  | {
      ok: true;
      tab: ActiveTab;
      first: ExtractionFirstPart;
      /** The whole article, which the page hands over while the popup paints the first part, sanitized here. */
      rest(): Promise<ExtractInTabResult>;
      autoSave: boolean;
    }
  | (Extract<ExtractInTabResult, { ok: false }> & { tab?: ActiveTab });

/**
 * The active tab's article, from the reading the popup's bootstrap took or started as the popup
 * opened (or started here when it did not run, or anew when the reader asks to try again: `fresh`), and
 * the auto-save setting, read meanwhile. The tab from tabs.query is used as is (its address comes
 * with the grant): no second look-up before injecting.
 */
export async function readActiveTab({ fresh = false } = {}): Promise<ActiveTabReading> {
  const shouldSave = autoSave.getValue();
  const { tab, result } = await ((fresh ? undefined : takeStartedReading()) ?? startReadingActiveTab({ fresh }));
  const active = tab
    ? { id: tab.id, url: tab.url ?? (result.ok ? result.first.url : ''), title: tab.title ?? '' }
    : undefined;
  if (!result.ok) return { ...result, tab: active };
  if (!active) return { ok: false, reason: 'tab-gone' };
  const rest = async (): Promise<ExtractInTabResult> => {
    const handed = await result.rest();
    const whole = handed.ok ? finishArticle(handed.article, window) : handed;
    performance.mark(EXTRACTED_MARK);
    return whole;
  };
  return { ok: true, tab: active, first: sanitizedFirstPart(result.first), rest, autoSave: await shouldSave };
}
