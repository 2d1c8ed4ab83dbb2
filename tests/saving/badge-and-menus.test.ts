import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshAllBadges, SAVED_BADGE, updateBadge } from '../../lib/saving/badge';
import { handleSaveArticle, handleTabUpdated } from '../../lib/saving/background-handlers';
import { findArticleByUrl } from '../../lib/storage/articles';
import {
  createContextMenus,
  handleContextMenuClick,
  MENU_SAVE_LINK,
  MENU_SAVE_PAGE,
} from '../../lib/saving/context-menus';
import { closeDb } from '../../lib/storage/database';
import { writeArticle as writeArticle } from '../../lib/storage/articles';
import { aHandedOverArticle, anExtraction } from '../support/fixtures';
import { routeMessages, stubMissingApis } from '../support/browser-stubs';
import { onMessage } from '../../lib/shared/messages';

const URL_A = 'https://news.example/article';
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

async function saveA(): Promise<string> {
  const result = await writeArticle({ extraction: anExtraction(), pageUrl: URL_A, images: [], missingImageCount: 0 });
  if (!result.ok) throw new Error(result.reason);
  return result.article.id;
}

describe('badge, message handlers and context menus', () => {
  let apis: ReturnType<typeof stubMissingApis>;
  beforeEach(() => {
    fakeBrowser.reset();
    apis = stubMissingApis();
    closeDb();
    globalThis.indexedDB = new IDBFactory();
    // Images are not under test here: every download fails fast.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('shows ✓ on a tab whose page is saved, and nothing elsewhere', async () => {
    await saveA();
    await updateBadge(1, `${URL_A}#top`);
    await updateBadge(2, 'https://news.example/other');
    await updateBadge(3, 'chrome://newtab');

    expect([await badge(1), await badge(2), await badge(3)]).toEqual([SAVED_BADGE, '', '']);
  });

  it('refreshes every tab it may see after the Library changed', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_A });
    await saveA();

    await refreshAllBadges();

    expect(await badge(tab.id!)).toBe(SAVED_BADGE);
  });

  it('clears the badge when a tab starts loading and checks again once loaded', async () => {
    await saveA();
    await updateBadge(4, URL_A);

    await handleTabUpdated(4, { status: 'loading' }, { url: URL_A });
    expect(await badge(4)).toBe('');
    await handleTabUpdated(4, { status: 'complete' }, { url: URL_A });
    expect(await badge(4)).toBe(SAVED_BADGE);
  });

  it('saveArticle message: saves, then marks the tab', async () => {
    const result = await handleSaveArticle({ extraction: anExtraction(), pageUrl: URL_A, tabId: 5 });

    expect(result).toMatchObject({ ok: true, created: true });
    expect(await badge(5)).toBe(SAVED_BADGE);
    expect((await findArticleByUrl(URL_A))?.id).toBe(result.ok ? result.articleId : null);
  });

  it('creates the two menu items with translated titles', async () => {
    await createContextMenus();

    expect(apis.menuCreate).toHaveBeenCalledWith(expect.objectContaining({ id: MENU_SAVE_PAGE, contexts: ['page'] }));
    expect(apis.menuCreate).toHaveBeenCalledWith(expect.objectContaining({ id: MENU_SAVE_LINK, contexts: ['link'] }));
  });

  it('Save page: extracts the clicked tab, has the offscreen document sanitize it, and saves it', async () => {
    apis.executeScript.mockResolvedValue([{ frameId: 0, result: { ok: true, article: aHandedOverArticle() } }]);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 6, url: URL_A, status: 'complete' } as never);
    // As in Chrome's service worker: no DOM to sanitize with, so the offscreen document does it.
    vi.stubGlobal('DOMParser', undefined);
    const offscreen = {
      hasDocument: vi.fn(async () => false),
      createDocument: vi.fn(async () => undefined),
      closeDocument: vi.fn(async () => undefined),
    };
    Object.assign(fakeBrowser, { offscreen });
    routeMessages();
    const handedOver: unknown[] = [];
    onMessage('finishArticle', (article) => {
      handedOver.push(article);
      return { ok: true, extraction: anExtraction() };
    });

    const result = await handleContextMenuClick({ menuItemId: MENU_SAVE_PAGE }, { id: 6, url: URL_A });

    expect(result).toMatchObject({ ok: true });
    expect(handedOver).toEqual([aHandedOverArticle()]);
    expect(offscreen.createDocument).toHaveBeenCalledTimes(1);
    expect(offscreen.closeDocument).toHaveBeenCalledTimes(1);
    expect(await badge(6)).toBe(SAVED_BADGE);
  });

  it('Save page: says why on the badge when the offscreen document cannot be opened', async () => {
    apis.executeScript.mockResolvedValue([{ frameId: 0, result: { ok: true, article: aHandedOverArticle() } }]);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, url: URL_A, status: 'complete' } as never);
    vi.stubGlobal('DOMParser', undefined);
    Object.assign(fakeBrowser, {
      offscreen: {
        hasDocument: vi.fn(async () => false),
        createDocument: vi.fn(async () => {
          throw new Error('Only a single offscreen document may be created.');
        }),
        closeDocument: vi.fn(async () => undefined),
      },
    });

    const result = await handleContextMenuClick({ menuItemId: MENU_SAVE_PAGE }, { id: 7, url: URL_A });

    expect(result).toMatchObject({ ok: false, reason: 'no-article' });
    expect(await badge(7)).toBe('!');
    expect(await findArticleByUrl(URL_A)).toBeUndefined();
  });

  it('Save page on a browser page: says why on the badge', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({
      id: 8,
      url: 'chrome://settings',
      status: 'complete',
    } as never);

    const result = await handleContextMenuClick({ menuItemId: MENU_SAVE_PAGE }, { id: 8, url: 'chrome://settings' });

    expect(result).toMatchObject({ ok: false, reason: 'restricted-page' });
    expect(await badge(8)).toBe('!');
  });

  it("Save link: asks for the link's site during the click, before anything else", async () => {
    const pending = handleContextMenuClick(
      { menuItemId: MENU_SAVE_LINK, linkUrl: 'https://other.example/story' },
      { id: 9, url: URL_A },
    );
    // Synchronously within the click: the user gesture is still there.
    expect(apis.permissionsRequest).toHaveBeenCalledWith({ origins: ['https://other.example/*'] });

    expect(await pending).toMatchObject({ ok: false, reason: 'permission-needed' });
  });
});
