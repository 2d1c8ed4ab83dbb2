import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeOffsets } from '../../lib/highlights/describe-range';
import { createHighlight, type Highlight } from '../../lib/highlights/highlight';
import { createHighlightPainter } from '../../lib/reader/highlight-painter';
import { useHighlights } from '../../lib/reader/use-highlights';
import { stubI18n } from '../support/stub-i18n';

const { listHighlights, putHighlights, deleteHighlight } = vi.hoisted(() => ({
  listHighlights: vi.fn(),
  putHighlights: vi.fn(),
  deleteHighlight: vi.fn(),
}));
vi.mock('../../lib/storage/highlights', () => ({
  listHighlights,
  putHighlights,
  deleteHighlight,
  getArticleNote: vi.fn(),
  putArticleNote: vi.fn(),
}));

/** An article body on the page and one stored highlight on its words. */
function storedHighlight(): Highlight {
  document.body.innerHTML = '<div class="article-body"><p>Un passage souligné dans le texte.</p></div>';
  const text = createHighlightPainter(document.querySelector<HTMLElement>('.article-body')!).map().text;
  const start = text.indexOf('passage souligné');
  return createHighlight({ articleId: 'a1', target: describeOffsets(text, start, start + 16)! }, 1);
}

const lastWrite = () => (putHighlights.mock.calls.at(-1) as [string, Highlight[]])[1];

describe('useHighlights', () => {
  beforeEach(() => {
    stubI18n('en');
    putHighlights.mockReset().mockResolvedValue({ ok: true });
    deleteHighlight.mockReset().mockResolvedValue({ ok: true });
  });
  afterEach(() => {
    // Hooks of one test must not hear the announcements of the next.
    cleanup();
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('keeps a colour picked while a note waits for its write: the note write does not put the old colour back', async () => {
    const highlight = storedHighlight();
    listHighlights.mockResolvedValue([highlight]);
    const { result } = renderHook(() => useHighlights('a1', true));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    await act(() => result.current.setNote(highlight.id, 'Ma note'));
    await act(() => result.current.setColour(highlight.id, 'pink'));
    await act(() => result.current.saveNotesNow());
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(lastWrite()).toEqual([expect.objectContaining({ id: highlight.id, colour: 'pink', note: 'Ma note' })]);
  });

  it('says a delete failed and shows the highlight again: it is still stored', async () => {
    const highlight = storedHighlight();
    listHighlights.mockResolvedValue([highlight]);
    deleteHighlight.mockResolvedValue({ ok: false, reason: 'save-failed' });
    const { result } = renderHook(() => useHighlights('a1', true));
    await waitFor(() => expect(result.current.placed).toHaveLength(1));
    await act(async () => result.current.remove(highlight.id));
    await waitFor(() => expect(result.current.failure).toEqual({ action: 'write', reason: 'save-failed' }));
    expect(result.current.placed.map((item) => item.id)).toEqual([highlight.id]);
  });

  it('says the highlights could not be read', async () => {
    storedHighlight();
    listHighlights.mockRejectedValue(new Error('database closed'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { result } = renderHook(() => useHighlights('a1', true));
    await waitFor(() => expect(result.current.failure).toEqual({ action: 'read', reason: 'save-failed' }));
    expect(result.current.loaded).toBe(false);
  });

  it('takes a highlight whose write failed off the screen, with the note typed on it meanwhile', async () => {
    storedHighlight();
    listHighlights.mockResolvedValue([]);
    putHighlights.mockResolvedValue({ ok: false, reason: 'quota' });
    const { result } = renderHook(() => useHighlights('a1', true));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    const words = document.querySelector('.article-body p')!.firstChild!;
    const range = document.createRange();
    range.setStart(words, 3);
    range.setEnd(words, 19);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    let created: ReturnType<typeof result.current.highlightSelection> = null;
    // The write is held until the note is typed (n opens the editor at once).
    let failWrite!: () => void;
    putHighlights.mockReturnValueOnce(
      new Promise((resolve) => (failWrite = () => resolve({ ok: false, reason: 'quota' }))),
    );
    await act(() => {
      created = result.current.highlightSelection();
    });
    await act(() => result.current.setNote(created!.id, 'Une note'));
    await act(async () => failWrite());
    expect(created).not.toBeNull();
    await waitFor(() => expect(result.current.failure).toEqual({ action: 'write', reason: 'quota' }));
    await waitFor(() => expect(result.current.placed).toEqual([]));
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    // Only the create was attempted: the note's write was dropped with it.
    expect(putHighlights).toHaveBeenCalledTimes(1);
  });

  it('shows what another tab changed, but only once no note edit of its own waits for its write', async () => {
    const highlight = storedHighlight();
    listHighlights.mockResolvedValue([highlight]);
    const { result } = renderHook(() => useHighlights('a1', true));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    const otherTab = new BroadcastChannel('liseuse:announcements');
    const announce = () => otherTab.postMessage({ kind: 'highlights-changed', articleId: 'a1', from: 'other-tab' });

    listHighlights.mockResolvedValue([{ ...highlight, colour: 'blue', updatedAt: 5 }]);
    announce();
    await waitFor(() => expect(result.current.placed[0]).toMatchObject({ colour: 'blue' }));
    expect(result.current.revision).toBe(1);

    await act(() => result.current.setNote(highlight.id, 'Typed here'));
    listHighlights.mockResolvedValue([{ ...highlight, colour: 'green', note: 'From there', updatedAt: 6 }]);
    announce();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(result.current.placed[0]).toMatchObject({ colour: 'blue', note: 'Typed here' });

    // Once the note is written, the other tab's change is read again (as stored after both writes).
    listHighlights.mockResolvedValue([{ ...highlight, colour: 'green', note: 'Typed here', updatedAt: 7 }]);
    await act(() => result.current.saveNotesNow());
    await waitFor(() => expect(result.current.placed[0]).toMatchObject({ colour: 'green', note: 'Typed here' }));
    otherTab.close();
  });

  it('does not put back over a highlight another tab restored meanwhile when Undo runs', async () => {
    const highlight = storedHighlight();
    listHighlights.mockResolvedValue([highlight]);
    const { result } = renderHook(() => useHighlights('a1', true));
    await waitFor(() => expect(result.current.placed).toHaveLength(1));
    await act(async () => result.current.remove(highlight.id));
    await waitFor(() => expect(result.current.undo).not.toBeNull());

    const otherTab = new BroadcastChannel('liseuse:announcements');
    listHighlights.mockResolvedValue([{ ...highlight, note: 'Written over there', updatedAt: 9 }]);
    otherTab.postMessage({ kind: 'highlights-changed', articleId: 'a1', from: 'other-tab' });
    await waitFor(() => expect(result.current.placed).toHaveLength(1));
    putHighlights.mockClear();
    await act(async () => result.current.undo!.run());
    expect(result.current.placed).toEqual([expect.objectContaining({ note: 'Written over there' })]);
    expect(putHighlights).not.toHaveBeenCalled();
    otherTab.close();
  });
});
