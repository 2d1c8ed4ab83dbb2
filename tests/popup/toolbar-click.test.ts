import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleToolbarClick } from '../../lib/popup/toolbar-click';
import { forgetReadingStartedOnClick, takeReadingStartedOnClick } from '../../lib/capture/readings-started-on-click';
import { stubMissingApis } from '../support/browser-stubs';

const TAB = { id: 4, windowId: 2, url: 'https://news.example/article', status: 'complete' as const };

describe('a click on the toolbar button (Chrome)', () => {
  let apis: ReturnType<typeof stubMissingApis>;
  let calls: string[];
  let openPopup: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    apis = stubMissingApis();
    calls = [];
    apis.executeScript.mockResolvedValue([{ frameId: 0, result: { ok: false, reason: 'no-article' } }]);
    openPopup = vi.fn(
      async ({ windowId }: { windowId: number }) => void calls.push(`open popup in window ${windowId}`),
    );
    const setPopup = vi.fn(async ({ tabId, popup }: { tabId: number; popup: string }) => {
      calls.push(`popup of tab ${tabId}: "${popup}"`);
    });
    Object.assign(fakeBrowser, { action: { ...fakeBrowser.action, setPopup, openPopup } });
  });
  afterEach(() => {
    forgetReadingStartedOnClick(TAB.id);
    vi.restoreAllMocks();
  });

  it('starts reading the tab before the popup opens, and leaves no popup set behind it', async () => {
    await handleToolbarClick(TAB);

    expect(apis.executeScript).toHaveBeenCalledWith({ target: { tabId: 4 }, files: ['/extract.js'] });
    expect(apis.executeScript.mock.invocationCallOrder[0]).toBeLessThan(openPopup.mock.invocationCallOrder[0]!);
    expect(calls).toEqual(['popup of tab 4: "popup.html"', 'open popup in window 2', 'popup of tab 4: ""']);
    expect(await takeReadingStartedOnClick(TAB.id)).toMatchObject({ result: { ok: false, reason: 'no-article' } });
  });

  it('focuses the window and asks again when Chrome refuses it the first time', async () => {
    openPopup.mockRejectedValueOnce(new Error('Cannot show popup for an inactive window.'));
    const focus = vi.spyOn(fakeBrowser.windows, 'update').mockImplementation(async (windowId) => {
      calls.push(`focus window ${windowId}`);
      return { id: windowId } as never;
    });
    vi.spyOn(console, 'debug').mockImplementation(() => {});

    await handleToolbarClick(TAB);

    expect(focus).toHaveBeenCalledWith(2, { focused: true });
    expect(calls).toEqual([
      'popup of tab 4: "popup.html"',
      'focus window 2',
      'open popup in window 2',
      'popup of tab 4: ""',
    ]);
    expect(await takeReadingStartedOnClick(TAB.id)).toMatchObject({ result: { ok: false, reason: 'no-article' } });
  });

  it('when the popup does not open (dismissed while it loaded, or refused), does not ask again, forgets the reading and sets no popup', async () => {
    openPopup.mockRejectedValue(new Error('Failed to open popup.'));
    const focus = vi.spyOn(fakeBrowser.windows, 'update');
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    await handleToolbarClick(TAB);

    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(focus).not.toHaveBeenCalled();
    expect(calls).toEqual(['popup of tab 4: "popup.html"', 'popup of tab 4: ""']);
    expect(await takeReadingStartedOnClick(TAB.id)).toBeNull();
  });

  it('ends quietly when the tab closed before its popup could be unset', async () => {
    const setPopup = vi.fn(async ({ popup }: { popup: string }) => {
      if (popup === '') throw new Error('No tab with id: 4.');
    });
    Object.assign(fakeBrowser, { action: { ...fakeBrowser.action, setPopup, openPopup } });

    await expect(handleToolbarClick(TAB)).resolves.toBeUndefined();
    expect(setPopup).toHaveBeenLastCalledWith({ tabId: 4, popup: '' });
  });
});
