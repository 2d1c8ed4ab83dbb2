import { browser } from 'wxt/browser';
import type { Extraction, UnsanitizedFirstPart } from '../extract/types';
import type { Failure } from '../shared/errors';
import type { PageFirstPartResult } from './extract-page';
import type { PageRestResult } from './finish-page';
import { isPdfUrl, isRestrictedUrl } from './restricted-urls';
import { isHttpUrl } from '../shared/urls';

/** How long the check that a page answers at all may take. */
const REACH_TIMEOUT_MS = 5_000;

/**
 * Whether `url` gives no answer at all (no connection, an unknown name): an opaque request
 * (no-cors, no cookies, nothing read) that fails only when nothing answered.
 */
export async function unreachable(url: string): Promise<boolean> {
  try {
    await fetch(url, {
      method: 'HEAD',
      mode: 'no-cors',
      credentials: 'omit',
      signal: AbortSignal.timeout(REACH_TIMEOUT_MS),
    });
    return false;
  } catch (error) {
    return !(error instanceof DOMException && error.name === 'TimeoutError');
  }
}

/** What `extractInTab` returns: the extraction, or an honest reason there is none. */
export type ExtractInTabResult =
  | { ok: true; extraction: Extraction }
  | Failure<
      'restricted-page' | 'no-article' | 'timeout' | 'pdf' | 'still-loading' | 'no-access' | 'tab-gone' | 'load-failed'
    >;

type InjectionFailure = Extract<ExtractInTabResult, { ok: false }>['reason'];

/** What the page hands over after the first part: the whole article not sanitized yet, or why not. */
export type RestInTabResult = Extract<PageRestResult, { ok: true }> | Extract<ExtractInTabResult, { ok: false }>;

/**
 * The reader gets an answer within this time, whatever the page does: the script in the tab gives
 * up a second earlier (IN_TAB_BUDGET_MS), but a page can hold its own main thread so long that the
 * script never gets to say so.
 */
export const EXTRACTION_ANSWER_MS = 5_000;

/**
 * The first part of a tab's article (what the first paint needs, its HTML to sanitize before it
 * is shown), and how to get the rest (the whole article, to sanitize with finishArticle).
 */
export type FirstPartInTab =
  | { ok: true; first: UnsanitizedFirstPart; rest(): Promise<RestInTabResult> }
  | Extract<ExtractInTabResult, { ok: false }>;

/** The tab to read, as tabs.query or tabs.get give it (its address is known with activeTab). */
export interface TabToRead {
  id: number;
  url?: string;
  status?: string;
}

/** Browser error messages when injecting, mapped to the reason shown to the reader. */
const INJECTION_ERRORS: ReadonlyArray<[RegExp, InjectionFailure]> = [
  // Chrome's own error page for a page that did not load (DNS, no connection): checked first,
  // as Chrome words it like a missing permission ("Cannot access contents of url chrome-error://").
  [/chrome-error:\/\/|showing error page/i, 'load-failed'],
  // Chrome: the Web Store, chrome://, other extensions.
  [/extensions gallery cannot be scripted|Cannot access a [\w-]+:\/\/ URL/i, 'restricted-page'],
  // No activeTab grant (the popup was not opened by the user on this tab, or the click's grant had
  // not reached the page yet) nor host permission.
  [/Cannot access contents of|Missing host permission|must request permission/i, 'no-access'],
  [/No tab with id|tab was closed|was removed|Invalid tab ID/i, 'tab-gone'],
];

/** Maps an executeScript error to a reason; a PDF URL that cannot be scripted is a PDF. */
export function reasonForInjectionError(message: string, url: string | undefined): InjectionFailure {
  const match = INJECTION_ERRORS.find(([pattern]) => pattern.test(message));
  if (match && match[1] !== 'no-access') return match[1];
  if (url && isPdfUrl(url)) return 'pdf';
  return match?.[1] ?? 'restricted-page';
}

/**
 * Injects /extract.js into `tab` and returns the first part of its article as soon as the page
 * has it (title, byline, the first screen of HTML, for the caller to sanitize), then injects
 * /extract-rest.js at once, which hands over the whole article's HTML; `rest()` gives it, for the
 * caller to sanitize. The popup paints the first part before asking for the rest. Same failures as extractInTab.
 */
export async function extractFirstPartInTab(
  tab: TabToRead,
  { checkLoadFailure = true }: { checkLoadFailure?: boolean } = {},
): Promise<FirstPartInTab> {
  // tab.url is only visible with activeTab or a host permission; without it, just try.
  if (tab.url !== undefined) {
    const fileAccess = tab.url.startsWith('file:') && (await browser.extension.isAllowedFileSchemeAccess());
    if (isRestrictedUrl(tab.url, fileAccess)) return { ok: false, reason: 'restricted-page', detail: tab.url };
  }
  let result: PageFirstPartResult | undefined;
  try {
    const injected = browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/extract.js'] });
    const frames = await withinTime(injected, EXTRACTION_ANSWER_MS);
    if (frames === 'late')
      return { ok: false, reason: 'timeout', detail: `the page did not answer within ${EXTRACTION_ANSWER_MS} ms` };
    result = frames[0]?.result as PageFirstPartResult | undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = reasonForInjectionError(message, tab.url);
    // With activeTab granted, a web page refuses scripting when the browser shows its own error
    // page instead (Chrome words it like a missing permission): see if the page answers. The
    // background's injection on a click skips this (`checkLoadFailure`): the grant can reach the
    // page after it, and the popup then injects again, and checks, itself.
    if (checkLoadFailure && reason === 'no-access' && tab.url && isHttpUrl(tab.url) && (await unreachable(tab.url))) {
      return { ok: false, reason: 'load-failed', detail: message };
    }
    return { ok: false, reason, detail: message };
  }
  // No result: the script threw before returning (an exotic document, e.g. an SVG or XML file).
  if (!result) return { ok: false, reason: 'no-article', detail: 'the extraction script returned nothing' };
  if (!result.ok) {
    if (result.reason === 'no-article' && tab.status === 'loading')
      return { ok: false, reason: 'still-loading', detail: result.detail };
    return result;
  }
  // The page serializes the whole article while the first part is painted.
  const rest = restInTab(tab);
  return { ok: true, first: result.first, rest: () => rest };
}

/** The whole article the first part started in `tab`, handed over by /extract-rest.js. */
async function restInTab(tab: TabToRead): Promise<RestInTabResult> {
  try {
    const taken = browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/extract-rest.js'] });
    const frames = await withinTime(taken, EXTRACTION_ANSWER_MS);
    if (frames === 'late')
      return { ok: false, reason: 'timeout', detail: `the page did not finish within ${EXTRACTION_ANSWER_MS} ms` };
    const rest = frames[0]?.result as PageRestResult | undefined;
    return rest ?? { ok: false, reason: 'no-article', detail: 'the page returned nothing' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: reasonForInjectionError(message, tab.url), detail: message };
  }
}

/** `promise`'s value, or 'late' once `ms` have passed (a late rejection is logged, not thrown). */
function withinTime<T>(promise: Promise<T>, ms: number): Promise<T | 'late'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let gaveUp = false;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => {
      gaveUp = true;
      resolve('late');
    }, ms);
  });
  promise.catch((error: unknown) => {
    if (gaveUp) console.debug('Liseuse: the page failed after the time budget', error);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
