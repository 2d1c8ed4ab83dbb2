import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  forgetReadingStartedOnClick,
  restOfReadingStartedOnClick,
  startReadingOnClick,
  takeReadingStartedOnClick,
} from '../../lib/capture/readings-started-on-click';
import { aHandedOverArticle, anExtraction } from '../support/fixtures';
import { stubMissingApis } from '../support/browser-stubs';

const TAB = { id: 7, url: 'https://news.example/article', status: 'complete' };

describe('a reading started by the toolbar click, waiting for the popup', () => {
  let apis: ReturnType<typeof stubMissingApis>;
  beforeEach(() => {
    fakeBrowser.reset();
    apis = stubMissingApis();
  });
  afterEach(() => {
    forgetReadingStartedOnClick(TAB.id);
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  function pageAnswers(...results: unknown[]) {
    for (const result of results) apis.executeScript.mockResolvedValueOnce([{ frameId: 0, result }]);
  }
  const firstPart = (title = anExtraction().title) => {
    const { wordCount: _words, text: _text, ...first } = anExtraction();
    return { ...first, title, complete: false };
  };

  it('gives the popup the first part with the address it was read at, then the rest, injecting each page script once', async () => {
    pageAnswers({ ok: true, first: firstPart() }, { ok: true, article: aHandedOverArticle() });
    const readingId = startReadingOnClick(TAB);

    expect(await takeReadingStartedOnClick(TAB.id)).toEqual({
      readingId,
      url: TAB.url,
      result: { ok: true, first: firstPart() },
    });
    expect(await restOfReadingStartedOnClick(TAB.id, readingId)).toEqual({ ok: true, article: aHandedOverArticle() });
    expect(apis.executeScript.mock.calls.map(([injection]) => injection)).toEqual([
      { target: { tabId: TAB.id }, files: ['/extract.js'] },
      { target: { tabId: TAB.id }, files: ['/extract-rest.js'] },
    ]);
    // Taken whole: a popup opened later on the same tab starts its own.
    expect(await takeReadingStartedOnClick(TAB.id)).toBeNull();
  });

  it('has nothing for a tab no click started on, nor for another tab', async () => {
    pageAnswers({ ok: true, first: firstPart() });
    const readingId = startReadingOnClick(TAB);

    expect(await takeReadingStartedOnClick(TAB.id + 1)).toBeNull();
    expect(await restOfReadingStartedOnClick(TAB.id + 1, readingId)).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('passes on an honest failure once, and forgets it', async () => {
    pageAnswers({ ok: false, reason: 'no-article', detail: 'a list of links' });
    const readingId = startReadingOnClick(TAB);

    expect(await takeReadingStartedOnClick(TAB.id)).toEqual({
      readingId,
      url: TAB.url,
      result: { ok: false, reason: 'no-article', detail: 'a list of links' },
    });
    expect(await takeReadingStartedOnClick(TAB.id)).toBeNull();
  });

  it('leaves the popup to inject again, at once, when the click’s grant had not reached the page yet', async () => {
    const reach = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', reach);
    apis.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    startReadingOnClick(TAB);

    expect(await takeReadingStartedOnClick(TAB.id)).toBeNull();
    // Not "the page did not load": that check is the popup's, once it injects itself.
    expect(reach).not.toHaveBeenCalled();
  });

  it('forgets a reading no popup took', async () => {
    vi.useFakeTimers();
    pageAnswers({ ok: true, first: firstPart() });
    startReadingOnClick(TAB);

    await vi.advanceTimersByTimeAsync(61_000);

    expect(await takeReadingStartedOnClick(TAB.id)).toBeNull();
  });

  it('starts over on a second click on the same tab, and never mixes the two readings', async () => {
    // Both clicks inject /extract.js before either reading asks the page for its rest.
    pageAnswers(
      { ok: true, first: firstPart('Before the second click') },
      { ok: true, first: firstPart('After the second click') },
      { ok: true, article: aHandedOverArticle() },
      { ok: true, article: aHandedOverArticle({ title: 'After the second click' }) },
    );
    const first = startReadingOnClick(TAB);
    const taken = takeReadingStartedOnClick(TAB.id);
    const second = startReadingOnClick(TAB);

    // The first popup's rest is not the second reading's; the second reading outlives the first's forgetting.
    expect(await taken).toMatchObject({ readingId: first });
    expect(await restOfReadingStartedOnClick(TAB.id, first)).toMatchObject({ ok: false, reason: 'no-article' });
    forgetReadingStartedOnClick(TAB.id, first);
    expect(await takeReadingStartedOnClick(TAB.id)).toMatchObject({
      readingId: second,
      result: { ok: true, first: { title: 'After the second click' } },
    });
    expect(await restOfReadingStartedOnClick(TAB.id, second)).toMatchObject({
      ok: true,
      article: { title: 'After the second click' },
    });
  });
});
