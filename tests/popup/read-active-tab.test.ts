// @vitest-environment jsdom
// (the popup sanitizes the article the page hands over: DOMPurify does not sanitize under happy-dom.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readActiveTab } from '../../lib/popup/read-active-tab';
import { startReadingAtBoot } from '../../lib/popup/start-reading';
import { aHandedOverArticle, anExtraction } from '../support/fixtures';
import { routeMessages, stubMissingApis } from '../support/browser-stubs';
import { onMessage } from '../../lib/shared/messages';
import { READING_FROM_CLICK_MARK } from '../../lib/shared/marks';
import {
  restOfReadingStartedOnClick,
  startReadingOnClick,
  takeReadingStartedOnClick,
} from '../../lib/capture/readings-started-on-click';

/** anExtraction as the popup finishes it from the article the page hands over. */
const finished = { ...anExtraction(), text: 'Calm words.', wordCount: 2 };

describe('reading the active tab for the popup', () => {
  let apis: ReturnType<typeof stubMissingApis>;
  beforeEach(async () => {
    fakeBrowser.reset();
    apis = stubMissingApis();
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/article', active: true });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, status: 'complete' }]);
    const { wordCount: _words, text: _text, ...first } = anExtraction();
    apis.executeScript
      .mockResolvedValueOnce([{ frameId: 0, result: { ok: true, first: { ...first, complete: false } } }])
      .mockResolvedValueOnce([{ frameId: 0, result: { ok: true, article: aHandedOverArticle() } }]);
  });
  afterEach(() => vi.restoreAllMocks());

  it('takes over the reading the bootstrap started, injecting the page scripts once each, and gives the rest on request', async () => {
    startReadingAtBoot();
    const reading = await readActiveTab();
    if (!reading.ok) throw new Error(reading.reason);
    expect(reading).toMatchObject({
      tab: { url: 'https://news.example/article' },
      first: { complete: false },
      autoSave: true,
    });
    expect(apis.executeScript).toHaveBeenNthCalledWith(1, {
      target: { tabId: expect.any(Number) },
      files: ['/extract.js'],
    });
    expect(apis.executeScript).toHaveBeenNthCalledWith(2, {
      target: { tabId: expect.any(Number) },
      files: ['/extract-rest.js'],
    });
    expect(await reading.rest()).toEqual({ ok: true, extraction: finished });
    expect(apis.executeScript).toHaveBeenCalledTimes(2);
  });

  it('starts the reading itself when no bootstrap ran', async () => {
    const reading = await readActiveTab();
    expect(reading.ok).toBe(true);
    expect(apis.executeScript).toHaveBeenCalledWith({ target: { tabId: expect.any(Number) }, files: ['/extract.js'] });
  });

  function answerLikeTheBackground() {
    routeMessages();
    onMessage('takeReadingStartedOnClick', ({ tabId }) => takeReadingStartedOnClick(tabId));
    onMessage('restOfReadingStartedOnClick', ({ tabId, readingId }) => restOfReadingStartedOnClick(tabId, readingId));
  }

  it('takes over the reading the toolbar click started in the background, injecting nothing itself', async () => {
    answerLikeTheBackground();
    const [tab] = await fakeBrowser.tabs.query({ active: true });
    startReadingOnClick({ id: tab!.id!, url: tab!.url, status: 'complete' });
    const injectedByTheClick = apis.executeScript.mock.calls.length;

    startReadingAtBoot();
    const reading = await readActiveTab();

    if (!reading.ok) throw new Error(reading.reason);
    expect(reading.first).toMatchObject({ complete: false });
    expect(await reading.rest()).toEqual({ ok: true, extraction: finished });
    expect(injectedByTheClick).toBe(1);
    expect(apis.executeScript).toHaveBeenCalledTimes(2);
    expect(performance.getEntriesByName(READING_FROM_CLICK_MARK)).toHaveLength(1);
  });

  it('shows the click’s honest failure as it is, injecting nothing', async () => {
    answerLikeTheBackground();
    apis.executeScript.mockReset().mockResolvedValueOnce([{ frameId: 0, result: { ok: false, reason: 'no-article' } }]);
    const [tab] = await fakeBrowser.tabs.query({ active: true });
    startReadingOnClick({ id: tab!.id!, url: tab!.url, status: 'complete' });

    const reading = await readActiveTab();

    expect(reading).toMatchObject({ ok: false, reason: 'no-article' });
    expect(apis.executeScript).toHaveBeenCalledTimes(1);
  });

  it('injects itself when the background has no reading for the tab, or cannot answer', async () => {
    answerLikeTheBackground();
    expect((await readActiveTab()).ok).toBe(true);
    expect(apis.executeScript).toHaveBeenCalledWith({ target: { tabId: expect.any(Number) }, files: ['/extract.js'] });

    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
    apis.executeScript.mockResolvedValueOnce([
      { frameId: 0, result: { ok: true, first: { ...anExtraction(), complete: true } } },
    ]);
    expect((await readActiveTab()).ok).toBe(true);
    // Each reading injected /extract.js, then /extract-rest.js.
    expect(apis.executeScript).toHaveBeenCalledTimes(4);
  });

  it('reads the tab anew when it moved to another address after the click', async () => {
    answerLikeTheBackground();
    const [tab] = await fakeBrowser.tabs.query({ active: true });
    const clickedAt = 'https://news.example/the-page-before';
    startReadingOnClick({ id: tab!.id!, url: clickedAt, status: 'complete' });
    const { wordCount: _words, text: _text, ...first } = anExtraction();
    apis.executeScript.mockResolvedValueOnce([
      { frameId: 0, result: { ok: true, first: { ...first, title: 'The page now', complete: false } } },
    ]);

    const reading = await readActiveTab();

    expect(reading).toMatchObject({
      ok: true,
      tab: { url: 'https://news.example/article' },
      first: { title: 'The page now' },
    });
    expect(apis.executeScript).toHaveBeenCalledTimes(4);
  });

  it('reads the tab anew when the reader tries again, whatever the click started', async () => {
    routeMessages();
    const askedForTheClicksReading = vi.fn(() => null);
    onMessage('takeReadingStartedOnClick', askedForTheClicksReading);

    const reading = await readActiveTab({ fresh: true });

    expect(reading.ok).toBe(true);
    expect(askedForTheClicksReading).not.toHaveBeenCalled();
    expect(apis.executeScript).toHaveBeenCalledWith({ target: { tabId: expect.any(Number) }, files: ['/extract.js'] });
  });
});
