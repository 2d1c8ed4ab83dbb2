import { parseHttpUrl } from '../shared/urls';

/** An address checked for import: its canonical form, or why it is not a web page's address. */
export type CheckedUrl = { ok: true; url: string } | { ok: false; reason: 'no-url' | 'bad-url' };

/**
 * Query parameters that only say which campaign a link came from; the same article saved with
 * and without them is one article. Only `utm_` (Google Analytics' convention, which every service
 * exported here keeps in saved links): other parameters can select a different page.
 */
const TRACKING_PARAMETER = /^utm_/i;

/**
 * Returns the address an imported item is known by: absolute http(s), without its #fragment
 * (it never changes which article a page is) and without utm_ parameters.
 */
export function checkImportUrl(raw: string | undefined | null): CheckedUrl {
  const value = (raw ?? '').trim();
  if (!value) return { ok: false, reason: 'no-url' };
  const url = parseHttpUrl(value);
  if (!url) return { ok: false, reason: 'bad-url' };
  url.hash = '';
  // Filter the raw query rather than through searchParams, which would re-encode what stays
  // ("%20" as "+") and make the same address differ from itself saved without utm_.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((part) => part && !TRACKING_PARAMETER.test(part.split('=')[0]));
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return { ok: true, url: url.href };
}
