import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { annotationMessageKey } from '../../lib/reader/annotation-failure';
import { useArticleNote } from '../../lib/reader/use-article-note';
import { useSaveOnLeave } from '../../lib/reader/use-save-on-leave';

const { getArticleNote, putArticleNote, listHighlights, putHighlights } = vi.hoisted(() => ({
  getArticleNote: vi.fn(),
  putArticleNote: vi.fn(),
  listHighlights: vi.fn(),
  putHighlights: vi.fn(),
}));
vi.mock('../../lib/storage/highlights', () => ({ getArticleNote, putArticleNote, listHighlights, putHighlights }));

// Hooks of one test must not hear the announcements of the next.
afterEach(cleanup);

describe('annotationMessageKey', () => {
  it('names the notes, not the article, and says what to do', () => {
    expect(annotationMessageKey({ action: 'read', reason: 'save-failed' })).toBe('annotationsReadFailed');
    expect(annotationMessageKey({ action: 'write', reason: 'quota' })).toBe('annotationsQuota');
    expect(annotationMessageKey({ action: 'write', reason: 'save-failed' })).toBe('annotationsSaveFailed');
    expect(annotationMessageKey({ action: 'write', reason: 'newer-database' })).toBe('errorNewerDatabase');
    expect(annotationMessageKey({ action: 'write', reason: 'not-found' })).toBe('errorNotFound');
  });
});

describe('useArticleNote', () => {
  beforeEach(() => {
    getArticleNote.mockReset().mockResolvedValue({ text: 'Stored' });
    putArticleNote.mockReset().mockResolvedValue({ ok: true });
  });

  it('is not loaded until the stored note is read', async () => {
    let answer!: (note: { text: string }) => void;
    getArticleNote.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const { result } = renderHook(() => useArticleNote('a1'));
    expect(result.current.loaded).toBe(false);
    await act(async () => answer({ text: 'Stored' }));
    await waitFor(() => expect(result.current).toMatchObject({ loaded: true, text: 'Stored', failure: null }));
  });

  it('says it could not read the note and stays not loaded (typing would replace it)', async () => {
    getArticleNote.mockRejectedValue(new Error('database closed'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { result } = renderHook(() => useArticleNote('a1'));
    await waitFor(() => expect(result.current.failure).toEqual({ action: 'read', reason: 'save-failed' }));
    expect(result.current.loaded).toBe(false);
  });

  it('says a write failed, with its reason, and clears that once a write succeeds', async () => {
    putArticleNote.mockResolvedValueOnce({ ok: false, reason: 'quota' });
    const { result } = renderHook(() => useArticleNote('a1'));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    await act(() => result.current.setText('New text'));
    await act(() => result.current.flush());
    expect(putArticleNote).toHaveBeenCalledWith('a1', 'New text', { base: null });
    expect(result.current.failure).toEqual({ action: 'write', reason: 'quota' });
    await act(() => result.current.setText('New text, again'));
    await act(() => result.current.flush());
    expect(result.current.failure).toBeNull();
  });
});

describe('useArticleNote with the same article open in another tab', () => {
  beforeEach(() => {
    getArticleNote.mockReset().mockResolvedValue({ text: 'Stored', updatedAt: 10 });
    putArticleNote.mockReset().mockResolvedValue({ ok: true, keptBoth: false, note: null });
  });

  it('shows both versions when its write found the note changed elsewhere, and goes on from them', async () => {
    putArticleNote.mockResolvedValueOnce({
      ok: true,
      keptBoth: true,
      note: { text: 'Stored\nFrom the other tab\nMine', updatedAt: 60 },
    });
    const { result } = renderHook(() => useArticleNote('a1'));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    await act(() => result.current.setText('Stored\nMine'));
    await act(() => result.current.flush());
    expect(putArticleNote).toHaveBeenCalledWith('a1', 'Stored\nMine', { base: 10 });
    expect(result.current).toMatchObject({ keptBoth: true, text: 'Stored\nFrom the other tab\nMine' });

    putArticleNote.mockResolvedValueOnce({ ok: true, keptBoth: false, note: { text: 'Tidied', updatedAt: 70 } });
    await act(() => result.current.setText('Tidied'));
    await act(() => result.current.flush());
    expect(putArticleNote).toHaveBeenLastCalledWith('a1', 'Tidied', { base: 60 });
  });

  it('goes on from a keep-both write made while the reader typed on, without keeping its own older lines twice', async () => {
    let finishFirst!: (value: unknown) => void;
    putArticleNote.mockReturnValueOnce(new Promise((resolve) => (finishFirst = resolve)));
    const { result } = renderHook(() => useArticleNote('a1'));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    await act(() => result.current.setText('Stored\nMine'));
    const first = result.current.flush();
    await act(() => result.current.setText('Stored\nMine, edited'));
    await act(async () => {
      finishFirst({
        ok: true,
        keptBoth: true,
        otherVersion: 'Stored\nFrom the other tab',
        note: { text: 'Stored\nFrom the other tab\nMine', updatedAt: 60 },
      });
      await first;
    });
    // The reader's text stays on screen while they type; the next write replaces "Mine".
    expect(result.current.text).toBe('Stored\nMine, edited');
    const lastKeptBoth = { updatedAt: 60, otherVersion: 'Stored\nFrom the other tab' };
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem('liseuse:note-draft:note:a1')!)).toMatchObject({ base: 10, lastKeptBoth });
    putArticleNote.mockResolvedValueOnce({
      ok: true,
      keptBoth: true,
      otherVersion: 'Stored\nFrom the other tab',
      note: { text: 'Stored\nFrom the other tab\nMine, edited', updatedAt: 70 },
    });
    await act(() => result.current.flush());
    expect(putArticleNote).toHaveBeenLastCalledWith('a1', 'Stored\nMine, edited', { base: 10, lastKeptBoth });
    expect(result.current.text).toBe('Stored\nFrom the other tab\nMine, edited');

    // Shown as stored: the next write goes on from that note alone.
    await act(() => result.current.setText('Tidied'));
    await act(() => result.current.flush());
    expect(putArticleNote).toHaveBeenLastCalledWith('a1', 'Tidied', { base: 70 });
    localStorage.clear();
  });

  it('shows a note another tab wrote, unless an edit of its own waits for its write', async () => {
    const { result } = renderHook(() => useArticleNote('a1'));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    const otherTab = new BroadcastChannel('liseuse:announcements');
    getArticleNote.mockResolvedValue({ text: 'Written in the other tab', updatedAt: 20 });
    otherTab.postMessage({ kind: 'notes-changed', articleId: 'a1', from: 'other-tab' });
    await waitFor(() => expect(result.current.text).toBe('Written in the other tab'));

    await act(() => result.current.setText('Typing here'));
    getArticleNote.mockResolvedValue({ text: 'Written again over there', updatedAt: 30 });
    otherTab.postMessage({ kind: 'notes-changed', articleId: 'a1', from: 'other-tab' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(result.current.text).toBe('Typing here');
    otherTab.close();
    // Its write keeps both versions; then the note is read again, as stored.
    const both = 'Written again over there\nTyping here';
    putArticleNote.mockResolvedValue({ ok: true, keptBoth: true, note: { text: both, updatedAt: 40 } });
    getArticleNote.mockResolvedValue({ text: both, updatedAt: 40 });
    await act(() => result.current.flush());
    expect(putArticleNote).toHaveBeenCalledWith('a1', 'Typing here', { base: 20 });
    await waitFor(() => expect(result.current).toMatchObject({ text: both, keptBoth: true }));
  });
});

describe('useArticleNote writing one edit after another', () => {
  beforeEach(() => {
    localStorage.clear();
    getArticleNote.mockReset().mockResolvedValue({ text: 'Hello', updatedAt: 10 });
    putArticleNote.mockReset();
  });

  it('gives a write started while another is on its way the base the first one left (no merge with itself)', async () => {
    let finishFirst!: (value: unknown) => void;
    putArticleNote
      .mockReturnValueOnce(new Promise((resolve) => (finishFirst = resolve)))
      .mockResolvedValueOnce({ ok: true, keptBoth: false, note: { text: 'Hello world!', updatedAt: 30 } });
    const { result } = renderHook(() => useArticleNote('a1'));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    await act(() => result.current.setText('Hello world'));
    const first = result.current.flush();
    await act(() => result.current.setText('Hello world!'));
    const second = result.current.flush();
    await act(async () => finishFirst({ ok: true, keptBoth: false, note: { text: 'Hello world', updatedAt: 20 } }));
    await act(async () => void (await Promise.all([first, second])));
    expect(putArticleNote.mock.calls).toEqual([
      ['a1', 'Hello world', { base: 10 }],
      ['a1', 'Hello world!', { base: 20 }],
    ]);
    expect(result.current).toMatchObject({ text: 'Hello world!', keptBoth: false });
  });

  it('keeps an edit whose write failed over a write of another tab, as a draft on leaving, and tries it again', async () => {
    putArticleNote.mockResolvedValueOnce({ ok: false, reason: 'quota' });
    const { result } = renderHook(() => useArticleNote('a1'));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    await act(() => result.current.setText('Not saved yet'));
    await act(() => result.current.flush());
    expect(result.current.failure).toEqual({ action: 'write', reason: 'quota' });

    const otherTab = new BroadcastChannel('liseuse:announcements');
    getArticleNote.mockResolvedValue({ text: 'From the other tab', updatedAt: 20 });
    otherTab.postMessage({ kind: 'notes-changed', articleId: 'a1', from: 'other-tab' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(result.current.text).toBe('Not saved yet');
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem('liseuse:note-draft:note:a1')!)).toMatchObject({ text: 'Not saved yet' });

    putArticleNote.mockResolvedValueOnce({
      ok: true,
      keptBoth: true,
      note: { text: 'From the other tab\nNot saved yet', updatedAt: 30 },
    });
    // Once written, the other tab's write is read again: the note as stored is shown.
    getArticleNote.mockResolvedValue({ text: 'From the other tab\nNot saved yet', updatedAt: 30 });
    await act(() => result.current.flush());
    expect(putArticleNote).toHaveBeenLastCalledWith('a1', 'Not saved yet', { base: 10 });
    await waitFor(() => expect(result.current.text).toBe('From the other tab\nNot saved yet'));
    expect(result.current).toMatchObject({ keptBoth: true, failure: null });
    otherTab.close();
  });
});

describe('useArticleNote on leaving', () => {
  beforeEach(() => {
    localStorage.clear();
    getArticleNote.mockReset().mockResolvedValue({ text: 'Stored', updatedAt: 10 });
    putArticleNote.mockReset().mockResolvedValue({ ok: true, note: null });
  });

  it('keeps the note still waiting for its write as a draft, with the note it was based on', async () => {
    const { result } = renderHook(() => useArticleNote('a1'));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    await act(() => result.current.setText('Typed just now'));
    window.dispatchEvent(new Event('pagehide'));
    const draft = JSON.parse(localStorage.getItem('liseuse:note-draft:note:a1')!) as Record<string, unknown>;
    expect(draft).toMatchObject({ kind: 'article-note', articleId: 'a1', text: 'Typed just now', base: 10 });
    expect(Object.keys(draft).sort()).toEqual(['articleId', 'at', 'base', 'kind', 'text']);
  });

  it('forgets the draft once the note is written (the tab came back), so it cannot bring back a note cleared later', async () => {
    putArticleNote.mockResolvedValue({ ok: true, note: { text: 'Typed just now', updatedAt: 50 } });
    const { result } = renderHook(() => useArticleNote('a1'));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    await act(() => result.current.setText('Typed just now'));
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
    await waitFor(() => expect(putArticleNote).toHaveBeenCalledWith('a1', 'Typed just now', { base: 10 }));
    await waitFor(() => expect(localStorage.getItem('liseuse:note-draft:note:a1')).toBeNull());
  });
});

describe('useSaveOnLeave', () => {
  afterEach(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
  });

  it('keeps the waiting edits as drafts when the page is left, then writes them', () => {
    const calls: string[] = [];
    renderHook(() =>
      useSaveOnLeave(
        () => calls.push('draft'),
        async () => void calls.push('save'),
      ),
    );
    window.dispatchEvent(new Event('pagehide'));
    expect(calls).toEqual(['draft', 'save']);
  });

  it('keeps drafts and writes when the tab is hidden (a closing tab is hidden first), and writes on unmount', async () => {
    const keepDrafts = vi.fn();
    const saveNow = vi.fn(async () => undefined);
    const { unmount } = renderHook(() => useSaveOnLeave(keepDrafts, saveNow));
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(keepDrafts).toHaveBeenCalledTimes(1);
    expect(saveNow).toHaveBeenCalledTimes(1);
    await act(() => unmount());
    expect(saveNow).toHaveBeenCalledTimes(2);
    expect(keepDrafts).toHaveBeenCalledTimes(1);
  });
});
