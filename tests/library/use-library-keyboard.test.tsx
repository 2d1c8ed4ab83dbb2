import { act, cleanup, renderHook } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  libraryKeyAction,
  useLibraryKeyboard,
  type LibraryKeyboardHandlers,
} from '../../lib/library/use-library-keyboard';

function handlers(active: number, count = 5): LibraryKeyboardHandlers {
  return {
    count,
    active,
    setActive: vi.fn(),
    focusSearch: vi.fn(),
    open: vi.fn(),
    archive: vi.fn(),
    remove: vi.fn(),
    favorite: vi.fn(),
    toggleSelect: vi.fn(),
    escape: vi.fn(() => true),
  };
}

const press = (key: string, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('useLibraryKeyboard', () => {
  afterEach(() => {
    cleanup();
    document.body.replaceChildren();
  });

  it('moves with arrows and j/k, within the list', () => {
    const h = handlers(2);
    renderHook(() => useLibraryKeyboard(h));
    press('ArrowDown');
    press('j');
    press('k');
    press('ArrowUp');
    expect(vi.mocked(h.setActive).mock.calls).toEqual([[3], [3], [1], [1]]);
    const atEnd = handlers(4);
    renderHook(() => useLibraryKeyboard(atEnd));
    press('j');
    expect(atEnd.setActive).toHaveBeenCalledWith(4);
  });

  it('acts on the active row: Enter opens, e archives, # deletes, s favorites, x selects', () => {
    const h = handlers(1);
    renderHook(() => useLibraryKeyboard(h));
    for (const key of ['Enter', 'e', '#', 's', 'x']) press(key);
    expect(h.open).toHaveBeenCalledWith(1);
    expect(h.archive).toHaveBeenCalledWith(1);
    expect(h.remove).toHaveBeenCalledWith(1);
    expect(h.favorite).toHaveBeenCalledWith(1);
    expect(h.toggleSelect).toHaveBeenCalledWith(1);
  });

  it('does nothing to rows when no row is active', () => {
    const h = handlers(-1);
    renderHook(() => useLibraryKeyboard(h));
    press('e');
    press('Enter');
    expect(h.archive).not.toHaveBeenCalled();
    expect(h.open).not.toHaveBeenCalled();
  });

  it('focuses the search with / and lets the search field keep letters being typed', () => {
    const h = handlers(0);
    renderHook(() => useLibraryKeyboard(h));
    const field = document.createElement('input');
    document.body.append(field);
    press('/');
    expect(h.focusSearch).toHaveBeenCalledTimes(1);
    for (const key of ['/', 'e', 'j', '#', 'x']) press(key, field);
    expect(h.focusSearch).toHaveBeenCalledTimes(1);
    expect(h.archive).not.toHaveBeenCalled();
    expect(h.setActive).not.toHaveBeenCalled();
    press('ArrowDown', field);
    press('Escape', field);
    expect(h.setActive).toHaveBeenCalledWith(1);
    expect(h.escape).toHaveBeenCalled();
  });

  it('leaves shortcuts with modifiers to the browser', () => {
    expect(libraryKeyAction({ key: 'e', ctrlKey: true, metaKey: false, altKey: false }, false)).toBeNull();
    expect(libraryKeyAction({ key: 'e', ctrlKey: false, metaKey: false, altKey: false }, false)).toBe('archive');
  });

  it('stops listening when unmounted', async () => {
    const h = handlers(0);
    const { unmount } = renderHook(() => useLibraryKeyboard(h));
    await act(() => unmount());
    press('e');
    expect(h.archive).not.toHaveBeenCalled();
  });
});
