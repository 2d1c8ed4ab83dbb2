import { toMarkdown } from './extract/to-markdown';
import { sanitizeToElement } from './sanitize';

/** Markdown of sanitized article HTML, computed in a context with a DOM. */
export function markdownOf(html: string, win: Window = globalThis.window): string {
  return toMarkdown(sanitizeToElement(html, win));
}
