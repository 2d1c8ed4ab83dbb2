import { browser } from 'wxt/browser';
import { extractHtml } from '../capture/extract-html';
import { originPatterns, requestOrigins } from './permissions';
import { saveArticle, type SaveArticleResponse } from './save-article';
import { isHttpUrl } from '../shared/urls';

/** Pages larger than this are not articles (or are hostile); Save link gives up on them. */
const MAX_HTML_BYTES = 10 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 30_000;

/** A downloaded page, or why it could not be: 'blocked' is CORS without a host permission. */
export type Fetched =
  { ok: true; html: string; url: string } | { ok: false; reason: 'fetch-failed' | 'pdf' | 'blocked'; detail: string };

/** Downloads a page with the extension's fetch; CORS-blocked (no permission) is 'blocked'. */
export async function fetchPage(url: string): Promise<Fetched> {
  let response: Response;
  try {
    // With the user's cookies: Save link keeps the page as the user would see it on opening it.
    response = await fetch(url, { credentials: 'include', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    return { ok: false, reason: 'blocked', detail: String(error) };
  }
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok) return { ok: false, reason: 'fetch-failed', detail: `HTTP ${response.status}` };
  if (type.includes('application/pdf')) return { ok: false, reason: 'pdf', detail: type };
  if (type && !/html|xml/i.test(type)) return { ok: false, reason: 'fetch-failed', detail: `not a web page: ${type}` };
  const html = await response.text();
  if (html.length > MAX_HTML_BYTES) return { ok: false, reason: 'fetch-failed', detail: 'page too large' };
  return { ok: true, html, url: response.url || url };
}

/** Runs in the page (activeTab from the menu click): a same-origin link needs no CORS there. */
async function fetchInPage(url: string): Promise<string | null> {
  const response = await fetch(url, { credentials: 'same-origin' });
  return response.ok ? response.text() : null;
}

async function fetchThroughTab(tabId: number, url: string): Promise<Fetched> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: fetchInPage, args: [url] });
    const html = frame?.result;
    return typeof html === 'string'
      ? { ok: true, html, url }
      : { ok: false, reason: 'fetch-failed', detail: 'no page' };
  } catch (error) {
    return { ok: false, reason: 'fetch-failed', detail: String(error) };
  }
}

/**
 * Asks for host permission on the link's site. Call it SYNCHRONOUSLY at the start of a menu
 * click handler: that click is the user gesture permissions.request needs.
 */
export function requestLinkPermission(url: string): Promise<boolean> {
  return requestOrigins([url]);
}

/**
 * Save link: downloads the linked page, extracts it like the toolbar button would, and saves
 * it. Tries the extension's fetch (granted site, or CORS), then, for a link on the same site as
 * the tab it was clicked in, a fetch from that page. Otherwise: 'permission-needed'.
 */
export async function saveLink(
  url: string,
  from: { tabId?: number; tabUrl?: string; permission?: Promise<boolean> } = {},
): Promise<SaveArticleResponse> {
  if (!isHttpUrl(url)) return { ok: false, reason: 'fetch-failed', detail: `not a web address: ${url}` };
  const granted = (await from.permission) ?? false;
  const sameSite = from.tabId !== undefined && !!from.tabUrl && new URL(from.tabUrl).origin === new URL(url).origin;
  let page = await fetchPage(url);
  if (!page.ok && page.reason === 'blocked' && sameSite && from.tabId !== undefined)
    page = await fetchThroughTab(from.tabId, url);
  if (!page.ok) {
    if (page.reason !== 'blocked') return { ok: false, reason: page.reason, detail: page.detail };
    // Blocked with the site allowed means the site itself failed; otherwise a permission helps.
    const allowed = granted || (await browser.permissions.contains({ origins: originPatterns([url]) }));
    return { ok: false, reason: allowed ? 'fetch-failed' : 'permission-needed', detail: page.detail };
  }
  const extracted = await extractHtml(page.html, page.url);
  if (!extracted.ok) return extracted;
  return saveArticle(extracted.extraction, {
    pageUrl: url,
    readFrom: page.url,
    tabId: sameSite ? from.tabId : undefined,
  });
}
