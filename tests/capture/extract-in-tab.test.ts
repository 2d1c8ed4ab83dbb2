// @vitest-environment jsdom
// (extractInTab sanitizes here: DOMPurify does not sanitize under happy-dom.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXTRACTION_ANSWER_MS, extractFirstPartInTab } from '../../lib/capture/extract-in-tab';
import { extractInTab } from '../../lib/capture/extract-tab-article';
import { aHandedOverArticle, anExtraction } from '../support/fixtures';
import { stubMissingApis } from '../support/browser-stubs';

async function openTab(url: string, status: 'loading' | 'complete' = 'complete'): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  // fakeBrowser keeps no loading status: answer tabs.get with the one under test.
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ ...tab, status });
  return tab.id!;
}

describe('extractInTab', () => {
  let apis: ReturnType<typeof stubMissingApis>;
  beforeEach(() => {
    fakeBrowser.reset();
    apis = stubMissingApis();
  });
  afterEach(() => vi.restoreAllMocks());

  it('injects /extract.js, then takes the rest of the article the page prepared and sanitizes it here', async () => {
    const tabId = await openTab('https://news.example/article');
    const { wordCount: _words, text: _text, ...first } = anExtraction();
    const unsafe = `${anExtraction().html}<img src="x" onerror="alert(1)"><script>alert(2)</script>`;
    apis.executeScript
      .mockResolvedValueOnce([{ frameId: 0, result: { ok: true, first: { ...first, complete: true } } }])
      .mockResolvedValueOnce([{ frameId: 0, result: { ok: true, article: aHandedOverArticle({ html: unsafe }) } }]);

    const result = await extractInTab(tabId);

    if (!result.ok) throw new Error(result.reason);
    expect(result.extraction).toEqual({
      ...anExtraction(),
      html: `${anExtraction().html}<img>`,
      text: 'Calm words.',
      wordCount: 2,
    });
    expect(apis.executeScript).toHaveBeenNthCalledWith(1, { target: { tabId }, files: ['/extract.js'] });
    expect(apis.executeScript).toHaveBeenNthCalledWith(2, { target: { tabId }, files: ['/extract-rest.js'] });
  });

  it('gives the first part at once, while the page finishes the rest for when it is asked', async () => {
    const { wordCount: _words, text: _text, ...first } = anExtraction();
    let finish: (frames: unknown) => void = () => {};
    apis.executeScript
      .mockResolvedValueOnce([{ frameId: 0, result: { ok: true, first: { ...first, complete: false } } }])
      .mockReturnValueOnce(
        new Promise((resolve) => {
          finish = resolve;
        }),
      );

    const part = await extractFirstPartInTab({ id: 3, url: 'https://news.example/article', status: 'complete' });

    expect(part).toMatchObject({ ok: true, first: { title: first.title, complete: false } });
    expect(apis.executeScript).toHaveBeenLastCalledWith({ target: { tabId: 3 }, files: ['/extract-rest.js'] });
    if (!part.ok) throw new Error('no first part');
    finish([{ frameId: 0, result: { ok: true, article: aHandedOverArticle() } }]);
    expect(await part.rest()).toEqual({ ok: true, article: aHandedOverArticle() });
  });

  it('refuses browser pages without injecting anything', async () => {
    const tabId = await openTab('chrome://settings');

    expect(await extractInTab(tabId)).toMatchObject({ ok: false, reason: 'restricted-page' });
    expect(apis.executeScript).not.toHaveBeenCalled();
  });

  it('reports a page still loading when nothing readable is there yet', async () => {
    const tabId = await openTab('https://news.example/slow', 'loading');
    apis.executeScript.mockResolvedValue([{ frameId: 0, result: { ok: false, reason: 'no-article' } }]);

    expect(await extractInTab(tabId)).toMatchObject({ ok: false, reason: 'still-loading' });
  });

  it('still reads a loading page that already has its article', async () => {
    const tabId = await openTab('https://news.example/slow', 'loading');
    apis.executeScript.mockResolvedValue([{ frameId: 0, result: { ok: true, article: aHandedOverArticle() } }]);

    expect((await extractInTab(tabId)).ok).toBe(true);
  });

  it('passes on the PDF verdict of the injected script', async () => {
    const tabId = await openTab('https://papers.example/view?id=3');
    apis.executeScript.mockResolvedValue([{ frameId: 0, result: { ok: false, reason: 'pdf' } }]);

    expect(await extractInTab(tabId)).toMatchObject({ ok: false, reason: 'pdf' });
  });

  it('maps a refused injection to its reason', async () => {
    const tabId = await openTab('https://news.example/article');
    apis.executeScript.mockRejectedValue(
      new Error('Cannot access contents of the page. Extension manifest must request permission.'),
    );
    // The page answers: it is a real refusal.
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null));

    expect(await extractInTab(tabId)).toMatchObject({ ok: false, reason: 'no-access' });
  });

  it('says a page that did not load did not load (Chrome words its error page as a refusal)', async () => {
    const tabId = await openTab('https://nowhere.example/article');
    apis.executeScript.mockRejectedValue(
      new Error('Cannot access contents of the page. Extension manifest must request permission.'),
    );
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));

    expect(await extractInTab(tabId)).toMatchObject({ ok: false, reason: 'load-failed' });
  });

  it('reports a closed tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 99.'));
    expect(await extractInTab(99)).toMatchObject({ ok: false, reason: 'tab-gone' });
  });

  it('treats a script that returned nothing as no article', async () => {
    const tabId = await openTab('https://news.example/feed.xml');
    apis.executeScript.mockResolvedValue([{ frameId: 0, result: undefined }]);

    expect(await extractInTab(tabId)).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('answers "timeout" when the page holds its main thread past the time budget', async () => {
    vi.useFakeTimers();
    try {
      const tabId = await openTab('https://news.example/frozen');
      apis.executeScript.mockReturnValue(new Promise(() => undefined));

      const answer = extractInTab(tabId);
      await vi.advanceTimersByTimeAsync(EXTRACTION_ANSWER_MS);

      expect(await answer).toMatchObject({ ok: false, reason: 'timeout' });
    } finally {
      vi.useRealTimers();
    }
  });
});
