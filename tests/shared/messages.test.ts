import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, sendMessage } from '../../lib/shared/messages';
import { routeMessages } from '../support/browser-stubs';

describe('typed messages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    routeMessages();
  });
  afterEach(() => vi.restoreAllMocks());

  it('delivers a message to the handler of its type and returns its answer', async () => {
    onMessage('retryMissingImages', async ({ patterns }) => patterns.length);
    onMessage('libraryChanged', () => undefined);

    expect(await sendMessage('retryMissingImages', { patterns: ['https://a.example/*', 'https://b.example/*'] })).toBe(
      2,
    );
  });

  it("rejects with the handler's error", async () => {
    onMessage('retryMissingImages', () => {
      throw new Error('boom');
    });
    await expect(sendMessage('retryMissingImages', { patterns: [] })).rejects.toThrow('boom');
  });

  it('rejects when no context handles the type', async () => {
    await expect(sendMessage('libraryChanged', undefined)).rejects.toThrow('no handler');
  });

  it('stops handling once removed', async () => {
    const remove = onMessage('retryMissingImages', () => 1);
    remove();
    await expect(sendMessage('retryMissingImages', { patterns: [] })).rejects.toThrow('no handler');
  });
});
