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
    onMessage('getArticleState', async ({ url }) => ({ saved: url.endsWith('/a'), articleId: 'id-a' }));
    onMessage('markdownOf', () => 'not this one');

    expect(await sendMessage('getArticleState', { url: 'https://x.example/a' })).toEqual({ saved: true, articleId: 'id-a' });
  });

  it('rejects with the handler\'s error', async () => {
    onMessage('markdownOf', () => {
      throw new Error('boom');
    });
    await expect(sendMessage('markdownOf', { html: '' })).rejects.toThrow('boom');
  });

  it('rejects when no context handles the type', async () => {
    await expect(sendMessage('libraryChanged', undefined)).rejects.toThrow('no handler');
  });

  it('stops handling once removed', async () => {
    const remove = onMessage('markdownOf', () => 'md');
    remove();
    await expect(sendMessage('markdownOf', { html: '' })).rejects.toThrow('no handler');
  });
});
