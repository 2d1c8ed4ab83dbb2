import { act, renderHook, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLibraryActions } from '../../lib/library/use-library-actions';
import type { LibraryItem } from '../../lib/shared/library-item';

const { deleteArticles, undoAction, changeArticles } = vi.hoisted(() => ({
  deleteArticles: vi.fn(),
  undoAction: vi.fn(),
  changeArticles: vi.fn(),
}));
vi.mock('../../lib/library/library-actions', () => ({
  deleteArticles,
  undoAction,
  changeArticles,
  tagArticles: vi.fn(),
}));

const article = (id: string): LibraryItem =>
  ({ id, title: id, archived: false, favorite: false, tags: [], progress: 0, savedAt: 1 }) as unknown as LibraryItem;

/** The hook over a list the test can filter, as the Library's rows are. */
function renderActions(ids: string[]) {
  return renderHook(() => {
    const [articles, setArticles] = useState<LibraryItem[] | null>(ids.map(article));
    const [hidden, setHidden] = useState<string[]>([]);
    const rows = (articles ?? []).filter((a) => !hidden.includes(a.id));
    return { rows, setHidden, actions: useLibraryActions(rows, setArticles, async () => undefined) };
  });
}

describe('useLibraryActions', () => {
  beforeEach(() => {
    deleteArticles.mockReset().mockImplementation(async (ids: string[]) => ({
      ok: true,
      changed: [],
      removed: ids,
      undo: { kind: 'deleted', snapshots: ids.map((id) => ({ article: article(id), body: null, images: [] })) },
    }));
    undoAction.mockReset().mockImplementation(async (record: { snapshots: { article: LibraryItem }[] }) => ({
      ok: true,
      changed: record.snapshots.map((s) => s.article),
      removed: [],
      undo: null,
    }));
  });

  it('acts on the rows shown selected, else on the focused row, never on hidden ticked rows', async () => {
    const { result } = renderActions(['a', 'b', 'c']);
    await act(() => result.current.actions.toggleSelect('a'));
    expect(result.current.actions.targetsAt(2)).toEqual(['a']);
    await act(() => result.current.setHidden(['a']));
    expect(result.current.actions.selected.size).toBe(0);
    expect(result.current.actions.targetsAt(1)).toEqual(['c']);
  });

  it('deletes once when asked twice before the first delete is done', async () => {
    const { result } = renderActions(['a', 'b']);
    await act(() => {
      result.current.actions.remove(['a']);
      result.current.actions.remove(['a']);
    });
    await waitFor(() => expect(result.current.actions.undo?.count).toBe(1));
    expect(deleteArticles).toHaveBeenCalledOnce();
  });

  it('runs an Undo once, and drops deleted articles from the selection', async () => {
    const { result } = renderActions(['a', 'b']);
    await act(() => result.current.actions.toggleSelect('a'));
    await act(() => result.current.actions.remove(['a']));
    await waitFor(() => expect(result.current.actions.undo).not.toBeNull());
    await act(() => {
      result.current.actions.runUndo();
      result.current.actions.runUndo();
    });
    await waitFor(() => expect(result.current.rows.map((a) => a.id).sort()).toEqual(['a', 'b']));
    expect(undoAction).toHaveBeenCalledOnce();
    expect(result.current.actions.selected.size).toBe(0);
  });
});
