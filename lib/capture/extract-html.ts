import { extractArticle, type ExtractionResult } from '../extract';
import { hasDom, offscreenCall } from './offscreen-call';

/**
 * Extracts the article from downloaded HTML (Save link) wherever a DOM exists: here when this
 * context has one (Firefox's event page), else in the offscreen document (Chrome's service
 * worker has none).
 */
export async function extractHtml(html: string, url: string): Promise<ExtractionResult> {
  return hasDom() ? extractHtmlInFrame(html, url) : offscreenCall('extractHtml', { html, url });
}

/**
 * Runs the extraction pipeline on downloaded HTML (Save link). The pipeline needs a document
 * with a window (DOMPurify binds to one), which DOMParser's documents lack, so the parsed page
 * is moved into an inert iframe: sandboxed without scripts, and under the extension pages' CSP
 * (img-src 'self' blob: data:), so nothing in it runs or loads.
 */
export function extractHtmlInFrame(html: string, url: string, host: Document = document): ExtractionResult {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const frame = host.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.hidden = true;
  host.body.append(frame);
  try {
    const doc = frame.contentDocument;
    if (!doc) return { ok: false, reason: 'no-article', detail: 'no frame document' };
    doc.replaceChild(doc.importNode(parsed.documentElement, true), doc.documentElement);
    return extractArticle(doc, { url });
  } catch (error) {
    return { ok: false, reason: 'no-article', detail: String(error) };
  } finally {
    frame.remove();
  }
}
