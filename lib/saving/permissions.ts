import { browser } from 'wxt/browser';

/** Match patterns for whole sites, e.g. "https://cdn.example" → "https://cdn.example/*". */
export function originPatterns(origins: readonly string[]): string[] {
  return [...new Set(origins.map((origin) => `${new URL(origin).origin}/*`))];
}

/**
 * Asks the user to let Liseuse read these sites (their images, or a linked page). Call it
 * SYNCHRONOUSLY in a click handler (a popup button, a menu click): permissions.request needs
 * that user gesture. Resolves false when refused or impossible, never rejects.
 */
export function requestOrigins(origins: readonly string[]): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: originPatterns(origins) }).catch((error: unknown) => {
      console.info('Liseuse: permission request refused', error);
      return false;
    });
  } catch (error) {
    // Thrown synchronously when there is no user gesture (e.g. called from a test harness).
    console.info('Liseuse: permission request not possible here', error);
    return Promise.resolve(false);
  }
}
