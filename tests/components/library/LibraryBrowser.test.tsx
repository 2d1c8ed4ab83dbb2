import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryBrowser } from '../../../components/library/LibraryBrowser';
import { DEFAULT_QUERY } from '../../../lib/library/library-view';
import type { LibraryStore } from '../../../lib/library/use-library-store';
import type { LibraryItem } from '../../../lib/shared/library-item';
import { stubI18n } from '../../support/stub-i18n';

const item = (id: string): LibraryItem =>
  ({
    id,
    title: `Article ${id}`,
    url: `https://example.org/${id}`,
    siteName: null,
    archived: false,
    favorite: false,
    tags: [],
    progress: 0,
    savedAt: 1_700_000_000_000,
  }) as unknown as LibraryItem;

/** A store as the page holds it, with only the first screen read unless told otherwise. */
function fakeStore(more: Partial<LibraryStore> = {}): LibraryStore {
  const rows = [item('a'), item('b')];
  const noop = () => undefined;
  return {
    articles: rows,
    complete: false,
    provisional: false,
    rows,
    matches: new Map(),
    query: DEFAULT_QUERY,
    setQuery: noop,
    text: '',
    setText: noop,
    tags: [],
    active: -1,
    setActive: noop,
    annotated: new Set(),
    annotatedAmong: vi.fn(async () => []),
    exportNotes: vi.fn(async () => null),
    failure: null,
    loadSnippet: vi.fn(async () => null),
    loadThumbnail: vi.fn(async () => null),
    refresh: noop,
    selected: new Set(),
    toggleSelect: noop,
    selectAll: vi.fn(),
    clearSelection: noop,
    targetsAt: () => [],
    archive: noop,
    favorite: noop,
    tag: noop,
    remove: vi.fn(),
    undo: null,
    runUndo: noop,
    dismissUndo: noop,
    ...more,
  };
}

const show = (store: LibraryStore) =>
  render(<LibraryBrowser store={store} hrefFor={(id) => `reader.html#${id}`} open={() => undefined} />);

describe('LibraryBrowser while only the first screen is read', () => {
  beforeEach(() => stubI18n('en'));
  afterEach(cleanup);

  it('asks what becomes of the notes before deleting, though the articles with notes are not read yet', async () => {
    const annotatedAmong = vi.fn(async (ids: readonly string[]) => ids.filter((id) => id === 'b'));
    const store = fakeStore({ selected: new Set(['a', 'b']), annotatedAmong });
    show(store);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(document.querySelector('dialog')).not.toBeNull());
    expect(annotatedAmong).toHaveBeenCalledWith(['a', 'b']);
    expect(document.querySelector('dialog')!.textContent).toContain('1 of these articles have highlights or notes');
    expect(store.remove).not.toHaveBeenCalled();
  });

  it('asks all the same when which articles have notes cannot be read, and deletes nothing before the answer', async () => {
    const annotatedAmong = vi.fn(async () => Promise.reject(new Error('The database is closed')));
    const store = fakeStore({ selected: new Set(['a', 'b']), annotatedAmong });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    show(store);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(document.querySelector('dialog')).not.toBeNull());
    errors.mockRestore();
    expect(document.querySelector('dialog')!.textContent).toContain('could not tell which of these articles');
    expect(store.remove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('Keep highlights and notes'));
    expect(store.remove).toHaveBeenCalledWith(['a', 'b'], 'keep');
  });

  it('deletes at once articles that have no notes', async () => {
    const store = fakeStore({ selected: new Set(['a']) });
    show(store);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(store.remove).toHaveBeenCalledWith(['a']));
    expect(document.querySelector('dialog')).toBeNull();
  });

  it('gives no count, no list size, no Select all and no export until the whole list is read', () => {
    show(fakeStore({ selected: new Set(['a']) }));
    expect(document.querySelector('.library-count')!.textContent).toBe('');
    expect(document.querySelector('.library-row')!.getAttribute('aria-setsize')).toBe('-1');
    expect(screen.queryByRole('button', { name: 'Select all' })).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Export notes' }).disabled).toBe(true);
  });

  it('gives them once it is read', () => {
    show(fakeStore({ complete: true, selected: new Set(['a']) }));
    expect(document.querySelector('.library-count')!.textContent).toBe('2 articles');
    expect(document.querySelector('.library-row')!.getAttribute('aria-setsize')).toBe('2');
    expect(screen.getByRole('button', { name: 'Select all' })).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Export notes' }).disabled).toBe(false);
  });

  it('says neither "no match" nor a count while a search shows its quick answer', () => {
    show(fakeStore({ complete: true, provisional: true, rows: [], text: 'lac' }));
    expect(document.querySelector('.library-empty')!.textContent).toBe('Loading…');
    expect(document.querySelector('.library-count')!.textContent).toBe('');
  });
});
