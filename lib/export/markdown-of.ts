import { toMarkdown } from './html-to-markdown';
import { sanitizeToElement } from '../shared/sanitize';

/** Markdown of sanitized article HTML, computed in a context with a DOM. */
export function markdownOf(html: string, win: Window = globalThis.window): string {
  return toMarkdown(sanitizeToElement(html, win));
}
