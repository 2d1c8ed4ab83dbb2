import { sanitizeToParts, type SafeHtml } from '../../lib/shared/sanitize';

/**
 * Article HTML as the pipeline hands it to the components: through the sanitizer. Under
 * happy-dom DOMPurify does not sanitize (happy-dom issue 2182), so tests that check sanitizing
 * run under jsdom; the others only need the type to be honest.
 */
export function safeHtml(html: string): SafeHtml {
  return sanitizeToParts(html).html;
}
