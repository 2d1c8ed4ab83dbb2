import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readActiveTab } from '../../lib/popup/read-active-tab';
import { startReadingActiveTab } from '../../lib/popup/start-reading';
import { anExtraction } from '../support/fixtures';
import { routeMessages, stubMissingApis } from '../support/browser-stubs';
import { onMessage } from '../../lib/shared/messages';
import {
  restOfReadingStartedOnClick,
  startReadingOnClick,
  takeReadingStartedOnClick,
} from '../../lib/capture/readings-started-on-click';

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
      .mockResolvedValueOnce([{ frameId: 0, result: { ok: true, extraction: anExtraction() } }]);
  });
  afterEach(() => vi.restoreAllMocks());

  it('takes over the reading the bootstrap started, injecting the page scripts once each, and gives the rest on request', async () => {
    void startReadingActiveTab();
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
    expect(await reading.rest()).toEqual({ ok: true, extraction: anExtraction() });
    expect(apis.executeScript).toHaveBeenCalledTimes(2);
  });

  it('starts the reading itself when no bootstrap ran', async () => {
    const reading = await readActiveTab();
    expect(reading.ok).toBe(true);
    expect(apis.executeScript).toHaveBeenCalledWith({ target: { tabId: expect.any(Number) }, files: ['/extract.js'] });
  });

  it('takes over the reading the toolbar click started in the background, injecting nothing itself', async () => {
    routeMessages();
    onMessage('takeReadingStartedOnClick', ({ tabId }) => takeReadingStartedOnClick(tabId));
    onMessage('restOfReadingStartedOnClick', ({ tabId }) => restOfReadingStartedOnClick(tabId));
    const [tab] = await fakeBrowser.tabs.query({ active: true });
    startReadingOnClick({ id: tab!.id!, url: tab!.url, status: 'complete' });
    const injectedByTheClick = apis.executeScript.mock.calls.length;

    void startReadingActiveTab();
    const reading = await readActiveTab();

    if (!reading.ok) throw new Error(reading.reason);
    expect(reading.first).toMatchObject({ complete: false });
    expect(await reading.rest()).toEqual({ ok: true, extraction: anExtraction() });
    expect(injectedByTheClick).toBe(1);
    expect(apis.executeScript).toHaveBeenCalledTimes(2);
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
