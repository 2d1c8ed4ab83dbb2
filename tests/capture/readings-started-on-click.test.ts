import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  forgetReadingStartedOnClick,
  restOfReadingStartedOnClick,
  startReadingOnClick,
  takeReadingStartedOnClick,
} from '../../lib/capture/readings-started-on-click';
import { anExtraction } from '../support/fixtures';
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
    vi.restoreAllMocks();
  });

  function pageAnswers(...results: unknown[]) {
    for (const result of results) apis.executeScript.mockResolvedValueOnce([{ frameId: 0, result }]);
  }
  const firstPart = () => {
    const { wordCount: _words, text: _text, ...first } = anExtraction();
    return { ...first, complete: false };
  };

  it('gives the popup the first part, then the rest, injecting each page script once', async () => {
    pageAnswers({ ok: true, first: firstPart() }, { ok: true, extraction: anExtraction() });
    startReadingOnClick(TAB);

    expect(await takeReadingStartedOnClick(TAB.id)).toEqual({ ok: true, first: firstPart() });
    expect(await restOfReadingStartedOnClick(TAB.id)).toEqual({ ok: true, extraction: anExtraction() });
    expect(apis.executeScript.mock.calls.map(([injection]) => injection)).toEqual([
      { target: { tabId: TAB.id }, files: ['/extract.js'] },
      { target: { tabId: TAB.id }, files: ['/extract-rest.js'] },
    ]);
    // Taken whole: a popup opened later on the same tab starts its own.
    expect(await takeReadingStartedOnClick(TAB.id)).toBeNull();
  });

  it('has nothing for a tab no click started on, nor for another tab', async () => {
    pageAnswers({ ok: true, first: firstPart() });
    startReadingOnClick(TAB);

    expect(await takeReadingStartedOnClick(TAB.id + 1)).toBeNull();
    expect(await restOfReadingStartedOnClick(TAB.id + 1)).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('passes on an honest failure once, and forgets it', async () => {
    pageAnswers({ ok: false, reason: 'no-article', detail: 'a list of links' });
    startReadingOnClick(TAB);

    expect(await takeReadingStartedOnClick(TAB.id)).toEqual({
      ok: false,
      reason: 'no-article',
      detail: 'a list of links',
    });
    expect(await takeReadingStartedOnClick(TAB.id)).toBeNull();
  });

  it('leaves the popup to inject again when the click’s grant had not reached the page yet', async () => {
    apis.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    startReadingOnClick({ id: TAB.id, status: 'complete' });

    expect(await takeReadingStartedOnClick(TAB.id)).toBeNull();
  });

  it('forgets a reading no popup took', async () => {
    vi.useFakeTimers();
    pageAnswers({ ok: true, first: firstPart() });
    startReadingOnClick(TAB);

    await vi.advanceTimersByTimeAsync(61_000);

    expect(await takeReadingStartedOnClick(TAB.id)).toBeNull();
  });

  it('starts over on a second click on the same tab', async () => {
    const second = { ...firstPart(), title: 'After the second click' };
    pageAnswers({ ok: true, first: firstPart() }, { ok: true, first: second });
    startReadingOnClick(TAB);
    startReadingOnClick(TAB);

    expect(await takeReadingStartedOnClick(TAB.id)).toMatchObject({
      ok: true,
      first: { title: 'After the second click' },
    });
  });
});
