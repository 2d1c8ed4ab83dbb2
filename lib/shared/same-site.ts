import { getDomain } from 'tldts';
import { isHttpUrl } from './urls';

/**
 * The site of an address: its registrable domain by the Public Suffix List, private suffixes
 * included, so that alice.github.io and bob.github.io are two sites (tldts keeps the list); an
 * IP address or a single-label host (localhost) is a site of its own.
 */
function siteOf(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    // Not an address at all: it belongs to no site.
    return null;
  }
  return getDomain(url, { allowPrivateDomains: true }) ?? host;
}

/** Whether two http(s) addresses belong to the same site (www.bbc.co.uk and m.bbc.co.uk do). */
export function isSameSite(a: string, b: string): boolean {
  if (!isHttpUrl(a) || !isHttpUrl(b)) return false;
  const site = siteOf(a);
  return site !== null && site === siteOf(b);
}

/**
 * The address to file an article under: the one the page claims (its canonical address) when it
 * is on the same site as where the page really was, else that real address. A page may not claim
 * another site's address: it would overwrite the article saved from there.
 */
export function addressToFileUnder(claimed: string, real: string): string {
  return claimed === real || isSameSite(claimed, real) ? claimed : real;
}
