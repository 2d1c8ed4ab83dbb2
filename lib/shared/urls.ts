/**
 * Address rules every part shares: one place decides what "the same page" and "the same site"
 * mean, for the extraction's link tests, the Library's keys and what the reader shows.
 */

/** The address without its fragment: "#section" never makes another page (or another article). */
export function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** Whether `value` is an absolute http(s) address (the only kind Liseuse fetches or files). */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** `value` parsed when it is an absolute http(s) address, else null. */
export function parseHttpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch (error) {
    void error; // not an absolute address: the caller tries the next candidate
    return null;
  }
}

/** A host name without "www.", "www2.", "m." or "amp.": a site's mobile and bare hosts are one site. */
export function siteHost(hostname: string): string {
  return hostname.toLowerCase().replace(/^(www\d?|m|amp)\./, '');
}

/** The site host of an address (see siteHost), or the text itself when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return siteHost(new URL(url).hostname);
  } catch (error) {
    void error; // not a URL (an import gone wrong): it still shows, as itself
    return url;
  }
}
