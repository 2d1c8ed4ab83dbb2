import type { Reason } from '../shared/errors';
import { isHttpUrl } from '../shared/urls';

/** A next step the popup offers with a failure. */
export type ErrorAction = 'save-link' | 'retry' | 'reload' | 'open-library';

/**
 * What the reader can do about each failure, first the most useful. "Save the link anyway" only
 * where a web page is there but holds no article Liseuse can clean; "Try again" where waiting or
 * reading again can help; "Reload" where the page itself did not load.
 */
export function errorActions(reason: Reason, pageUrl: string | undefined): ErrorAction[] {
  const linkable = !!pageUrl && isHttpUrl(pageUrl);
  switch (reason) {
    case 'no-article':
    case 'timeout':
    case 'pdf':
      return linkable ? ['save-link', 'open-library'] : ['open-library'];
    case 'still-loading':
    case 'tab-gone':
    case 'no-access':
    case 'save-failed':
      return ['retry'];
    case 'load-failed':
      return ['reload'];
    case 'restricted-page':
    case 'quota':
    case 'not-found':
      return ['open-library'];
    default:
      return [];
  }
}
