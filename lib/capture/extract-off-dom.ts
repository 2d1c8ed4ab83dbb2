import type { ExtractionResult } from '../extract/types';
import { extractFromHtml } from './extract-html';
import { hasDom, offscreenCall } from './offscreen-call';

/**
 * Extracts the article from downloaded HTML wherever a DOM exists: here when this context has
 * one (Firefox's event page), else in the offscreen document (Chrome's service worker has none).
 */
export async function extractOffDom(html: string, url: string): Promise<ExtractionResult> {
  return hasDom() ? extractFromHtml(html, url) : offscreenCall('extractHtml', { html, url });
}
