import {
  extractFirstPartInTab,
  type ExtractInTabResult,
  type FirstPartInTab,
  type RestInTabResult,
  type TabToRead,
} from './extract-in-tab';
import type { UnsanitizedFirstPart } from '../extract/types';

/** A reading's first part as it crosses a runtime message: the rest is asked for on its own. */
export type StartedFirstPart = { ok: true; first: UnsanitizedFirstPart } | Extract<ExtractInTabResult, { ok: false }>;

/** What the popup takes: the first part, which reading it belongs to, and the address it was read at. */
export interface TakenReading {
  readingId: number;
  /** The tab's address at the click: a popup that finds the tab elsewhere reads it anew. */
  url: string | undefined;
  result: StartedFirstPart;
}

/**
 * A reading nobody took (the popup failed to open, or closed before it asked) is forgotten after
 * this long, with the article the background holds for it (Chrome also stops an idle background
 * sooner, which forgets it too).
 */
const UNTAKEN_READING_MS = 60_000;

interface StartedReading {
  readingId: number;
  url: string | undefined;
  reading: Promise<FirstPartInTab>;
  expiry: ReturnType<typeof setTimeout>;
}

/** The readings the background started on a toolbar click, by tab, until the popup takes them. */
const started = new Map<number, StartedReading>();
let lastReadingId = 0;

/**
 * Starts extracting `tab`'s article the moment the toolbar button is clicked, in the background,
 * so that the extraction runs while the browser is still opening the popup (which takes longer
 * than the extraction itself on most pages). A second click on the same tab starts over.
 * Returns the reading's id, for `forgetReadingStartedOnClick`.
 */
export function startReadingOnClick(tab: TabToRead): number {
  forgetReadingStartedOnClick(tab.id);
  const readingId = ++lastReadingId;
  const reading = extractFirstPartInTab(tab, { checkLoadFailure: false }).catch((error: unknown): FirstPartInTab => ({
    ok: false,
    reason: 'no-article',
    detail: String(error),
  }));
  const expiry = setTimeout(() => forgetReadingStartedOnClick(tab.id, readingId), UNTAKEN_READING_MS);
  started.set(tab.id, { readingId, url: tab.url, reading, expiry });
  return readingId;
}

/** Drops the reading started on `tabId` (only reading `readingId`, if given: not a later click's). */
export function forgetReadingStartedOnClick(tabId: number, readingId?: number): void {
  const entry = started.get(tabId);
  if (!entry || (readingId !== undefined && entry.readingId !== readingId)) return;
  clearTimeout(entry.expiry);
  started.delete(tabId);
}

/**
 * The first part of the reading started on `tabId` by the click that opened the popup, once the
 * page has it; null when no click started one (the popup was opened some other way, or the
 * background was restarted since) or the click's grant came too late for it, for the popup to
 * start its own. The rest stays here until `restOfReadingStartedOnClick` asks for it.
 */
export async function takeReadingStartedOnClick(tabId: number): Promise<TakenReading | null> {
  const entry = started.get(tabId);
  if (!entry) return null;
  const { readingId, url } = entry;
  const result = await entry.reading;
  if (result.ok) return { readingId, url, result: { ok: true, first: result.first } };
  forgetReadingStartedOnClick(tabId, readingId);
  // The click's activeTab grant can reach the tab's renderer after the background's injection
  // (seen on a browser's first click, about one launch in five): the popup, which opens later
  // than that, injects again itself rather than tell the reader they did not ask.
  return result.reason === 'no-access' ? null : { readingId, url, result };
}

/**
 * The whole article of reading `readingId`, whose first part `takeReadingStartedOnClick` gave, as
 * the page handed it over: the popup sanitizes it.
 */
export async function restOfReadingStartedOnClick(tabId: number, readingId: number): Promise<RestInTabResult> {
  const entry = started.get(tabId);
  if (entry?.readingId !== readingId) {
    return { ok: false, reason: 'no-article', detail: 'the reading started by the click is no longer held' };
  }
  forgetReadingStartedOnClick(tabId, readingId);
  const result = await entry.reading;
  return result.ok ? result.rest() : result;
}
