import { renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { usePopupArticle } from '../../lib/hooks/use-popup-article';
import type { ActiveTabReading } from '../../lib/read-active-tab';
import type { Extraction } from '../../lib/extract/types';
import type { SafeHtml } from '../../lib/sanitize';

const { sendMessage, deleteArticle, getArticleImages } = vi.hoisted(() => ({
  sendMessage: vi.fn(),
  deleteArticle: vi.fn(),
  getArticleImages: vi.fn(),
}));
vi.mock('../../lib/messages', () => ({ sendMessage }));
vi.mock('../../lib/db', () => ({ deleteArticle, getArticleImages }));

const extraction: Extraction = {
  url: 'https://news.example/a', title: 'A', byline: null, siteName: null, lang: 'en', dir: null,
  publishedTime: null, leadImage: null, excerpt: null, wordCount: 300, readingMinutes: 2,
  html: '<p>Body</p>' as SafeHtml, text: 'Body', markdown: 'Body',
};
const tab = { id: 7, url: 'https://news.example/a?utm=x' };
/** The popup starts reading the tab once, before its first render. */
function renderPopup(reading: ActiveTabReading) {
  const started = Promise.resolve(reading);
  return renderHook(() => usePopupArticle(started));
}
const images = new Map([['https://news.example/a.jpg', new Blob(['x'])]]);

describe('usePopupArticle', () => {
  beforeEach(() => {
    sendMessage.mockReset().mockImplementation(async (type: string) =>
      type === 'saveArticle'
        ? { ok: true, articleId: 'id-1', created: true, images: { stored: 1, missing: 0, missingOrigins: [] } }
        : undefined,
    );
    deleteArticle.mockReset().mockResolvedValue({ ok: true, snapshot: {} });
    getArticleImages.mockReset().mockResolvedValue(images);
  });

  it('shows the article and saves it at once, with its images', async () => {
    const { result } = renderPopup({ ok: true, tab, extraction, autoSave: true });
    await waitFor(() => expect(result.current).toMatchObject({ kind: 'ready', saveState: { kind: 'saved' } }));
    expect(sendMessage).toHaveBeenCalledWith('saveArticle', { extraction, pageUrl: tab.url, tabId: 7 });
    expect(result.current).toMatchObject({ articleId: 'id-1', images });
  });

  it('waits for the Save button when auto-save is off', async () => {
    const { result } = renderPopup({ ok: true, tab, extraction, autoSave: false });
    await waitFor(() => expect(result.current).toMatchObject({ kind: 'ready', saveState: { kind: 'unsaved' } }));
    expect(sendMessage).not.toHaveBeenCalled();
    result.current.save();
    await waitFor(() => expect(result.current).toMatchObject({ saveState: { kind: 'saved' } }));
  });

  it('Undo deletes the saved article and tells the background', async () => {
    const { result } = renderPopup({ ok: true, tab, extraction, autoSave: true });
    await waitFor(() => expect(result.current).toMatchObject({ saveState: { kind: 'saved' } }));
    result.current.undo();
    await waitFor(() => expect(result.current).toMatchObject({ saveState: { kind: 'removed' }, articleId: null }));
    expect(deleteArticle).toHaveBeenCalledWith('id-1');
    expect(sendMessage).toHaveBeenCalledWith('libraryChanged', undefined);
  });

  it('reports a failed save (disk full) with its reason', async () => {
    sendMessage.mockResolvedValue({ ok: false, reason: 'quota' });
    const { result } = renderPopup({ ok: true, tab, extraction, autoSave: true });
    await waitFor(() => expect(result.current).toMatchObject({ saveState: { kind: 'failed', reason: 'quota' } }));
    expect(result.current).toMatchObject({ articleId: null });
  });

  it('says why there is no article', async () => {
    const { result } = renderPopup({ ok: false, reason: 'restricted-page' });
    await waitFor(() => expect(result.current).toMatchObject({ kind: 'failed', reason: 'restricted-page' }));
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
