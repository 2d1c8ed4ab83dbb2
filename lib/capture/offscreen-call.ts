import { browser } from 'wxt/browser';
import { sendMessage, type ProtocolMap } from '../shared/messages';

type OffscreenType = 'extractHtml' | 'finishArticle';
const OFFSCREEN_PATH = '/offscreen.html';
let users = 0;
let creating: Promise<void> | null = null;
let closing: Promise<void> = Promise.resolve();

async function openOffscreen(): Promise<void> {
  // A close still in flight would otherwise remove the document this call is about to use.
  await closing;
  if (await browser.offscreen.hasDocument()) return;
  await browser.offscreen.createDocument({
    url: browser.runtime.getURL(OFFSCREEN_PATH),
    reasons: ['DOM_PARSER'],
    justification: 'Parse the article the user chose to save, to extract its text.',
  });
}

/**
 * Runs a DOM task in Chrome's offscreen document (the service worker has no DOM), opening it
 * for the call and closing it once no call is pending.
 */
export async function offscreenCall<K extends OffscreenType>(
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]>> {
  users++;
  try {
    // One offscreen document at a time: concurrent creations would fail.
    creating ??= openOffscreen().finally(() => {
      creating = null;
    });
    await creating;
    return await sendMessage(type, data);
  } finally {
    users--;
    if (users === 0) {
      closing = browser.offscreen
        .closeDocument()
        .catch((error: unknown) => console.debug('Liseuse: offscreen already closed', error));
      await closing;
    }
  }
}

/** Whether this context has a DOM (extension pages, Firefox's event page; not a service worker). */
export function hasDom(): boolean {
  return typeof DOMParser !== 'undefined' && typeof document !== 'undefined';
}
