import { renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { usePopupArticle } from '../../lib/popup/use-popup-article';
import type { ActiveTabReading } from '../../lib/popup/read-active-tab';
import type { Extraction } from '../../lib/extract/types';
import type { ExtractInTabResult } from '../../lib/capture/extract-in-tab';
import type { SafeHtml } from '../../lib/shared/sanitize';
import { stubI18n } from '../support/stub-i18n';

const { sendMessage, deleteArticle, getArticle, getArticleImages, requestOrigins, restoreArticle, snapshotArticleAt } =
  vi.hoisted(() => ({
    sendMessage: vi.fn(),
    deleteArticle: vi.fn(),
    getArticle: vi.fn(),
    getArticleImages: vi.fn(),
    requestOrigins: vi.fn(),
    restoreArticle: vi.fn(),
    snapshotArticleAt: vi.fn(),
  }));
vi.mock('../../lib/shared/messages', () => ({ sendMessage }));
vi.mock('../../lib/storage/articles', () => ({
  deleteArticle,
  getArticle,
  getArticleImages,
  restoreArticle,
  snapshotArticleAt,
}));
// browser.permissions.request is the one call stubbed here; the pattern helper stays real.
vi.mock('../../lib/saving/permissions', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../lib/saving/permissions')>()),
  requestOrigins,
}));

const extraction: Extraction = {
  url: 'https://news.example/a',
  title: 'A',
  byline: null,
  siteName: null,
  lang: 'en',
  dir: null,
  publishedTime: null,
  leadImage: null,
  excerpt: null,
  wordCount: 300,
  readingMinutes: 2,
  html: '<p>Body</p>' as SafeHtml,
  text: 'Body',
};
const tab = { id: 7, url: 'https://news.example/a?utm=x', title: 'A' };
/** What readActiveTab gives for `whole`: its first part now, the whole on request. */
function readingOf(
  whole: Extraction,
  autoSave: boolean,
  rest: () => Promise<ExtractInTabResult> = () => Promise.resolve({ ok: true, extraction: whole }),
): ActiveTabReading {
  const { wordCount: _words, text: _text, ...first } = whole;
  return {
    ok: true,
    tab,
    first: { ...first, html: '<p>First screen</p>' as SafeHtml, complete: false },
    rest,
    autoSave,
  };
}
/** The popup starts reading the tab once, before its first render. */
function renderPopup(reading: ActiveTabReading) {
  const started = Promise.resolve(reading);
  return renderHook(() => usePopupArticle(started));
}
const images = new Map([['https://news.example/a.jpg', new Blob(['x'])]]);

describe('usePopupArticle', () => {
  beforeEach(() => {
    stubI18n('en');
    sendMessage.mockReset().mockImplementation(async (type: string) =>
      type === 'saveArticle'
        ? {
            ok: true,
            articleId: 'id-1',
            created: true,
            images: { stored: 1, missing: 0, unavailable: 0, missingOrigins: [] },
          }
        : undefined,
    );
    deleteArticle.mockReset().mockResolvedValue({ ok: true, snapshot: {} });
    getArticleImages.mockReset().mockResolvedValue(images);
    getArticle.mockReset();
    requestOrigins.mockReset();
    restoreArticle.mockReset().mockResolvedValue({ ok: true });
    snapshotArticleAt.mockReset().mockResolvedValue(null);
  });

  it('after an update, Undo puts the version saved before back, and never deletes the article', async () => {
    const before = {
      article: { id: 'id-1', title: 'Old' },
      body: { articleId: 'id-1', html: '<p>Old</p>', text: 'Old' },
      images: [],
    };
    snapshotArticleAt.mockResolvedValue(before);
    sendMessage.mockImplementation(async (type: string) =>
      type === 'saveArticle'
        ? { ok: true, articleId: 'id-1', created: false, images: { stored: 1, missing: 0, missingOrigins: [] } }
        : undefined,
    );
    const { result } = renderPopup(readingOf(extraction, true));
    await waitFor(() =>
      expect(result.current).toMatchObject({ saveState: { kind: 'saved', updated: true, restorable: true } }),
    );
    // Looked up where the background files it: the page's own address here (same site).
    expect(snapshotArticleAt).toHaveBeenCalledWith(extraction.url);

    result.current.undo();

    await waitFor(() => expect(result.current).toMatchObject({ saveState: { kind: 'restored' } }));
    expect(restoreArticle).toHaveBeenCalledWith(before);
    expect(deleteArticle).not.toHaveBeenCalled();
  });

  it('after an update whose earlier version could not be read, offers no Undo and deletes nothing', async () => {
    sendMessage.mockImplementation(async (type: string) =>
      type === 'saveArticle'
        ? { ok: true, articleId: 'id-1', created: false, images: { stored: 1, missing: 0, missingOrigins: [] } }
        : undefined,
    );
    const { result } = renderPopup(readingOf(extraction, true));
    await waitFor(() =>
      expect(result.current).toMatchObject({ saveState: { kind: 'saved', updated: true, restorable: false } }),
    );

    result.current.undo();

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(deleteArticle).not.toHaveBeenCalled();
    expect(restoreArticle).not.toHaveBeenCalled();
  });

  it('shows the article and saves it at once, with its images', async () => {
    const { result } = renderPopup(readingOf(extraction, true));
    await waitFor(() => expect(result.current).toMatchObject({ kind: 'ready', saveState: { kind: 'saved' } }));
    expect(sendMessage).toHaveBeenCalledWith('saveArticle', { extraction, pageUrl: tab.url, tabId: 7 });
    expect(result.current).toMatchObject({ articleId: 'id-1', images });
  });

  it('paints the first part, asks for the rest only then, and saves only the whole article', async () => {
    let arrive: (value: { ok: true; extraction: Extraction }) => void = () => undefined;
    const rest = vi.fn(() => new Promise<{ ok: true; extraction: Extraction }>((resolve) => (arrive = resolve)));
    const { result } = renderPopup(readingOf(extraction, true, rest));
    await waitFor(() =>
      expect(result.current).toMatchObject({ kind: 'ready', extraction: { html: '<p>First screen</p>' } }),
    );
    await waitFor(() => expect(rest).toHaveBeenCalledOnce());
    expect(sendMessage).not.toHaveBeenCalled();
    arrive({ ok: true, extraction });
    await waitFor(() =>
      expect(result.current).toMatchObject({ extraction: { html: '<p>Body</p>' }, saveState: { kind: 'saved' } }),
    );
    expect(sendMessage).toHaveBeenCalledWith('saveArticle', { extraction, pageUrl: tab.url, tabId: 7 });
  });

  it('shows why when the rest of the article cannot be read', async () => {
    const { result } = renderPopup(
      readingOf(extraction, true, () => Promise.resolve({ ok: false, reason: 'tab-gone' as const })),
    );
    await waitFor(() => expect(result.current).toMatchObject({ kind: 'failed', reason: 'tab-gone' }));
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('waits for the Save button when auto-save is off', async () => {
    const { result } = renderPopup(readingOf(extraction, false));
    await waitFor(() => expect(result.current).toMatchObject({ kind: 'ready', saveState: { kind: 'unsaved' } }));
    expect(sendMessage).not.toHaveBeenCalled();
    result.current.save();
    await waitFor(() => expect(result.current).toMatchObject({ saveState: { kind: 'saved' } }));
  });

  it('Undo deletes the saved article and tells the background', async () => {
    const { result } = renderPopup(readingOf(extraction, true));
    await waitFor(() => expect(result.current).toMatchObject({ saveState: { kind: 'saved' } }));
    result.current.undo();
    await waitFor(() => expect(result.current).toMatchObject({ saveState: { kind: 'removed' }, articleId: null }));
    expect(deleteArticle).toHaveBeenCalledWith('id-1', 'keep');
    expect(sendMessage).toHaveBeenCalledWith('libraryChanged', undefined);
  });

  it('reports a failed save (disk full) with its reason', async () => {
    sendMessage.mockResolvedValue({ ok: false, reason: 'quota' });
    const { result } = renderPopup(readingOf(extraction, true));
    await waitFor(() => expect(result.current).toMatchObject({ saveState: { kind: 'failed', reason: 'quota' } }));
    expect(result.current).toMatchObject({ articleId: null });
  });

  it('runs Undo once when it is clicked twice before the popup redraws', async () => {
    const { result } = renderPopup(readingOf(extraction, true));
    await waitFor(() => expect(result.current).toMatchObject({ saveState: { kind: 'saved' } }));
    result.current.undo();
    result.current.undo();
    await waitFor(() => expect(result.current).toMatchObject({ saveState: { kind: 'removed' } }));
    expect(deleteArticle).toHaveBeenCalledOnce();
  });

  it('offers nothing to keep for images missing on their own server', async () => {
    sendMessage.mockResolvedValue({
      ok: true,
      articleId: 'id-1',
      created: true,
      images: { stored: 0, missing: 1, unavailable: 1, missingOrigins: [] },
    });
    const { result } = renderPopup(readingOf(extraction, true));
    await waitFor(() =>
      expect(result.current).toMatchObject({ imagesNotice: { missing: 1, unavailable: 1, blocked: 0, offer: null } }),
    );
  });

  it('saves the link of a page without an article when asked', async () => {
    const { result } = renderPopup({ ok: false, reason: 'no-article', tab });
    await waitFor(() => expect(result.current).toMatchObject({ kind: 'failed', reason: 'no-article' }));
    result.current.saveLink();
    await waitFor(() =>
      expect(result.current).toMatchObject({ kind: 'failed', saveState: { kind: 'saved', asLink: true } }),
    );
    expect(sendMessage).toHaveBeenCalledWith('saveArticle', expect.objectContaining({ pageUrl: tab.url, tabId: 7 }));
  });

  it('says why there is no article', async () => {
    const { result } = renderPopup({ ok: false, reason: 'restricted-page' });
    await waitFor(() => expect(result.current).toMatchObject({ kind: 'failed', reason: 'restricted-page' }));
    expect(sendMessage).not.toHaveBeenCalled();
  });

  describe('images on other sites', () => {
    const withCdn: Extraction = {
      ...extraction,
      html: '<p><img src="https://news.example/a.jpg"><img src="https://cdn.example/1.jpg"><img src="https://cdn.example/2.jpg"></p>' as SafeHtml,
    };
    const cdnImages = new Map([
      ...images,
      ['https://cdn.example/1.jpg', new Blob(['1'])],
      ['https://cdn.example/2.jpg', new Blob(['2'])],
    ]);

    async function savedWithMissing() {
      sendMessage.mockImplementation(async (type: string) =>
        type === 'saveArticle'
          ? {
              ok: true,
              articleId: 'id-1',
              created: true,
              images: { stored: 1, missing: 2, unavailable: 0, missingOrigins: ['https://cdn.example'] },
            }
          : type === 'retryMissingImages'
            ? 2
            : undefined,
      );
      const hook = renderPopup(readingOf(withCdn, true));
      await waitFor(() =>
        expect(hook.result.current).toMatchObject({ saveState: { kind: 'saved', missingImages: 2 } }),
      );
      return hook;
    }

    it('offers to keep them, naming their sites and counting them', async () => {
      const { result } = await savedWithMissing();
      expect(result.current).toMatchObject({
        imagesNotice: { offer: 'offer', missing: 2, blocked: 2, unavailable: 0, origins: ['https://cdn.example'] },
      });
    });

    it('makes no offer when every image was kept', async () => {
      const { result } = renderPopup(readingOf(extraction, true));
      await waitFor(() => expect(result.current).toMatchObject({ saveState: { kind: 'saved' } }));
      expect(result.current).toMatchObject({ imagesNotice: null });
    });

    it('on grant: asks within the click, retries, and shows the kept images', async () => {
      const { result } = await savedWithMissing();
      let allow: (granted: boolean) => void = () => undefined;
      requestOrigins.mockReturnValue(new Promise<boolean>((resolve) => (allow = resolve)));
      getArticleImages.mockResolvedValue(cdnImages);
      getArticle.mockResolvedValue({ id: 'id-1', missingImageCount: 0 });
      result.current.keepImages();
      // Synchronously, in the click: permissions.request needs the user gesture.
      expect(requestOrigins).toHaveBeenCalledWith(['https://cdn.example']);
      // While the prompt is open (a popup the prompt leaves open), the notice says it waits for the answer.
      await waitFor(() => expect(result.current).toMatchObject({ imagesNotice: { offer: 'asking' } }));
      allow(true);
      await waitFor(() =>
        expect(result.current).toMatchObject({ imagesNotice: null, saveState: { kind: 'saved', missingImages: 0 } }),
      );
      expect(sendMessage).toHaveBeenCalledWith('retryMissingImages', { patterns: ['https://cdn.example/*'] });
      expect(getArticle).toHaveBeenCalledWith('id-1');
      expect(result.current).toMatchObject({ images: cdnImages });
    });

    it('on refusal: says so, and nothing else changes', async () => {
      const { result } = await savedWithMissing();
      requestOrigins.mockResolvedValue(false);
      result.current.keepImages();
      expect(requestOrigins).toHaveBeenCalledOnce();
      await waitFor(() => expect(result.current).toMatchObject({ imagesNotice: { offer: 'refused' } }));
      expect(result.current).toMatchObject({ saveState: { kind: 'saved', missingImages: 2 }, images });
      expect(sendMessage).not.toHaveBeenCalledWith('retryMissingImages', expect.anything());
      expect(getArticle).not.toHaveBeenCalled();
    });
  });
});
