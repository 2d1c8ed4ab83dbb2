import { act, renderHook } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { useDownloads } from '../../lib/library/use-downloads';
import type { LibraryItem } from '../../lib/shared/library-item';

const { downloadArticle, requestOrigins } = vi.hoisted(() => ({
  downloadArticle: vi.fn(async () => ({ ok: true })),
  requestOrigins: vi.fn(async () => true),
}));
vi.mock('../../lib/saving/download-article', () => ({ downloadArticle }));
vi.mock('../../lib/saving/permissions', () => ({ requestOrigins }));

const item = (id: string, notDownloaded: boolean): LibraryItem =>
  ({
    id,
    title: id,
    url: `https://example.org/${id}`,
    ...(notDownloaded ? { notDownloaded: true } : {}),
  }) as unknown as LibraryItem;

describe('useDownloads', () => {
  it('counts nothing while only the first screen is read, then every article not downloaded', () => {
    const firstScreen = [item('a', true), item('b', false)];
    const whole = [...firstScreen, item('c', true), item('d', true)];
    const { result, rerender } = renderHook(
      ({ articles, complete }: { articles: LibraryItem[]; complete: boolean }) =>
        useDownloads(articles, complete, () => undefined),
      { initialProps: { articles: firstScreen, complete: false } },
    );
    expect(result.current.pending).toEqual([]);
    rerender({ articles: whole, complete: true });
    expect(result.current.pending.map((article) => article.id)).toEqual(['a', 'c', 'd']);
  });

  it('downloads none from a partial list: Download all waits for the whole list', async () => {
    const { result } = renderHook(() => useDownloads([item('a', true)], false, () => undefined));
    await act(() => result.current.downloadAll());
    expect(requestOrigins).not.toHaveBeenCalled();
    expect(result.current.state).toEqual({ kind: 'idle' });
  });
});
