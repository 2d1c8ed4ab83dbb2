import { browser } from 'wxt/browser';
import { finishArticle } from '../extract/finish-article';
import type { ExtractionResult, UnsanitizedArticle } from '../extract/types';
import { extractFirstPartInTab, type ExtractInTabResult } from './extract-in-tab';
import { hasDom, offscreenCall } from './offscreen-call';

/**
 * Injects /extract.js into a tab and returns its whole article, sanitized in an extension document,
 * or an honest reason there is none: restricted pages, PDFs, a page with no article, or one still
 * loading (tried anyway first). For saving with no popup open (the menu, a shortcut).
 */
export async function extractInTab(tabId: number): Promise<ExtractInTabResult> {
  let tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch (error) {
    return { ok: false, reason: 'tab-gone', detail: String(error) };
  }
  if (tab.id === undefined) return { ok: false, reason: 'tab-gone' };
  const first = await extractFirstPartInTab({ id: tab.id, url: tab.url, status: tab.status });
  if (!first.ok) return first;
  const rest = await first.rest();
  return rest.ok ? finishInExtension(rest.article) : rest;
}

/**
 * Sanitizes the article a page handed over, and derives its text and word count, in an extension
 * document: this one when it has a DOM (Firefox's event page), else Chrome's offscreen document
 * (the service worker has none).
 */
async function finishInExtension(article: UnsanitizedArticle): Promise<ExtractionResult> {
  if (hasDom()) return finishArticle(article, window);
  try {
    return await offscreenCall('finishArticle', article);
  } catch (error) {
    return { ok: false, reason: 'no-article', detail: `the offscreen document did not answer: ${String(error)}` };
  }
}
