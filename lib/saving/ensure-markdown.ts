import type { Extraction } from '../extract/types';
import { markdownOf } from '../export/markdown-of';
import { hasDom, offscreenCall } from '../capture/offscreen-call';

/**
 * Fills in the Markdown the injected script leaves out (lib/in-page/to-markdown.ts): here when
 * this context has a DOM, else in Chrome's offscreen document. An extraction never has an empty
 * body, so empty Markdown always means "not computed yet".
 */
export async function ensureMarkdown(extraction: Extraction): Promise<Extraction> {
  if (extraction.markdown !== '') return extraction;
  try {
    const markdown = hasDom() ? markdownOf(extraction.html) : await offscreenCall('markdownOf', { html: extraction.html });
    return { ...extraction, markdown };
  } catch (error) {
    // Markdown only serves exports, which can derive it from the HTML: never lose the article.
    console.warn('Liseuse: Markdown not computed, saving without it', error);
    return extraction;
  }
}
