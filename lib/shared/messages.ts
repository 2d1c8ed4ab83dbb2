import { browser } from 'wxt/browser';
import type { Extraction, ExtractionResult, UnsanitizedArticle } from '../extract/types';
import type { SaveArticleResponse } from '../saving/save-article';
import type { RestInTabResult } from '../capture/extract-in-tab';
import type { TakenReading } from '../capture/readings-started-on-click';

/**
 * The one protocol for runtime messages, declared once so every sender and handler is
 * type-checked (the @webext-core/messaging idea, in 60 lines over browser.runtime). Result types
 * belong to the features that produce them; this file only routes.
 *
 * Where each step runs, and why:
 * - Extraction: whoever reads a tab injects /extract.js with `scripting.executeScript`, which
 *   returns the result (lib/capture/). On Chrome the toolbar click (or Alt+Shift+L) reaches the
 *   BACKGROUND, which starts the extraction while the browser opens the popup; the popup takes it
 *   with `takeReadingStartedOnClick`. The click grants activeTab to the whole extension. The page
 *   hands the whole article over unsanitized (`restOfReadingStartedOnClick`): the popup sanitizes
 *   it; Save page from the menu has the offscreen document do it (`finishArticle`) on Chrome.
 * - Saving: the popup sends `saveArticle`. The BACKGROUND downloads the images and writes the
 *   Library, so a save survives the popup closing, and the badge updates in one place.
 * - Reading, deleting and Undo: extension pages (popup, reader, library) call lib/storage/
 *   directly: Blobs and the Undo snapshot cannot cross runtime messages (Chrome serializes them
 *   as JSON). After a delete or restore they send `libraryChanged` so badges refresh.
 * - Save link (context menu): the background fetches the link and parses it in the offscreen
 *   document on Chrome (`extractHtml`), in the event page itself on Firefox (it has a DOM).
 */
export interface ProtocolMap {
  /**
   * Stores an extraction with its images. `tabId` lets images of the page's own host be read
   * through the page when the extension has no host permission for it.
   */
  saveArticle(data: { extraction: Extraction; pageUrl: string; tabId?: number }): SaveArticleResponse;
  /**
   * The user allowed more sites (`patterns`, e.g. "https://cdn.example/*"): download the images
   * saved articles miss from them. Also run by the background on permissions.onAdded, since the
   * prompt may close the popup. Resolves once every queued retry is done (with the images
   * this call added, 0 if the background's own retry got them first): then re-read the images.
   */
  retryMissingImages(data: { patterns: string[] }): number;
  /** An extension page changed the Library (delete, Undo, import): refresh the badges. */
  libraryChanged(data: undefined): void;
  /**
   * Chrome: the first part of the reading the toolbar click started in the background on `tabId`
   * (lib/capture/readings-started-on-click.ts), null when none was; the popup's bootstrap asks.
   */
  takeReadingStartedOnClick(data: { tabId: number }): TakenReading | null;
  /** The whole article of that reading, not sanitized yet, once the popup has painted its first part. */
  restOfReadingStartedOnClick(data: { tabId: number; readingId: number }): RestInTabResult;
  /** Offscreen document only: runs the extraction pipeline on downloaded HTML. */
  extractHtml(data: { html: string; url: string }): ExtractionResult;
  /** Offscreen document only: sanitizes the article a page handed over (Save page from the menu or a shortcut). */
  finishArticle(data: UnsanitizedArticle): ExtractionResult;
}

type MessageType = keyof ProtocolMap;
type DataOf<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
type ReturnOf<K extends MessageType> = Awaited<ReturnType<ProtocolMap[K]>>;
interface Envelope<K extends MessageType = MessageType> {
  liseuse: K;
  data: DataOf<K>;
}
type Reply<K extends MessageType> = { value: ReturnOf<K> } | { error: string };

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && 'liseuse' in message;
}

/** Sends a typed message to whichever context handles `type`; rejects if none does. */
export async function sendMessage<K extends MessageType>(type: K, data: DataOf<K>): Promise<ReturnOf<K>> {
  const envelope: Envelope<K> = { liseuse: type, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new Error(`Liseuse: no handler answered "${type}"`);
  if ('error' in reply) throw new Error(reply.error);
  return reply.value;
}

/** Handles one message type in this context; returns a function that removes the handler. */
export function onMessage<K extends MessageType>(
  type: K,
  handler: (data: DataOf<K>, sender: { tabId?: number; url?: string }) => ReturnOf<K> | Promise<ReturnOf<K>>,
): () => void {
  const listener = (
    message: unknown,
    sender: { tab?: { id?: number }; url?: string },
    sendResponse: (reply: Reply<K>) => void,
  ) => {
    // Other types belong to other handlers: returning nothing lets them answer.
    if (!isEnvelope(message) || message.liseuse !== type) return undefined;
    Promise.resolve()
      .then(() => handler(message.data as DataOf<K>, { tabId: sender.tab?.id, url: sender.url }))
      .then(
        (value) => sendResponse({ value }),
        (error: unknown) => sendResponse({ error: String(error) }),
      );
    // Keeps the channel open for the asynchronous answer (Chrome and Firefox alike).
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * What an extension page tells the other pages open (readers, Library) when it changed something
 * they may be showing: a BroadcastChannel among the extension's pages, not a runtime message
 * (nothing to answer, no background to wake). Each event names the page that sent it, so a page
 * does not act on its own writes.
 */
export type PageAnnouncement =
  { kind: 'notes-changed'; articleId: string } | { kind: 'highlights-changed'; articleId: string };

const ANNOUNCEMENTS = 'liseuse:announcements';
/** This page's id in its announcements. */
const PAGE_ID = Math.random().toString(36).slice(2);
let sender: BroadcastChannel | null = null;

/** Opens a channel that does not keep a process (Node under test) alive on its own. */
function openChannel(): BroadcastChannel {
  const channel = new BroadcastChannel(ANNOUNCEMENTS);
  (channel as { unref?: () => void }).unref?.();
  return channel;
}

/** Tells the other pages; nothing where there is no BroadcastChannel (the worker of a test). */
export function announce(event: PageAnnouncement): void {
  if (typeof BroadcastChannel !== 'function') return;
  sender ??= openChannel();
  sender.postMessage({ ...event, from: PAGE_ID });
}

/** Hears what other pages announce; returns a function that stops listening. */
export function onAnnouncement(handler: (event: PageAnnouncement) => void): () => void {
  if (typeof BroadcastChannel !== 'function') return () => undefined;
  const channel = openChannel();
  channel.onmessage = (message: MessageEvent<PageAnnouncement & { from: string }>) => {
    const { from, ...event } = message.data;
    if (from !== PAGE_ID) handler(event);
  };
  return () => channel.close();
}
