import { useEffect, useRef } from 'preact/hooks';

/** What a key does in the Library. */
export type LibraryKeyAction =
  'search' | 'next' | 'previous' | 'first' | 'last' | 'open' | 'archive' | 'delete' | 'favorite' | 'select' | 'escape';

/** What the keyboard can do to the list; the hook only decides which one a key means. */
export interface LibraryKeyboardHandlers {
  /** Rows in the list now. */
  count: number;
  /** Row with the keyboard focus, -1 when none. */
  active: number;
  setActive(index: number): void;
  focusSearch(): void;
  open(index: number): void;
  archive(index: number): void;
  remove(index: number): void;
  favorite(index: number): void;
  toggleSelect(index: number): void;
  /** Returns false when there was nothing to clear, leaving Escape to the page (close the popup). */
  escape(): boolean;
}

const KEYS: Record<string, LibraryKeyAction> = {
  '/': 'search',
  ArrowDown: 'next',
  j: 'next',
  ArrowUp: 'previous',
  k: 'previous',
  Home: 'first',
  End: 'last',
  Enter: 'open',
  e: 'archive',
  '#': 'delete',
  s: 'favorite',
  x: 'select',
  Escape: 'escape',
};

/** Keys that still act while the search field has the focus (the others are being typed). */
const IN_FIELD = new Set<LibraryKeyAction>(['next', 'previous', 'open', 'escape']);

/** The action a key press means, or null; `inField` is true while a text field has the focus. */
export function libraryKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  inField: boolean,
): LibraryKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const action = KEYS[event.key] ?? null;
  if (!action || (inField && !IN_FIELD.has(action)) || (inField && (event.key === 'j' || event.key === 'k')))
    return null;
  return action;
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type))
  );
}

/**
 * Keyboard use of the Library: `/` search, arrows or j/k move, Enter opens, `e` archives, `#`
 * deletes, `s` favorites, `x` selects, Escape clears. Listens on the document so it works
 * wherever the focus is on the page; handlers may change on every render.
 */
export function useLibraryKeyboard(handlers: LibraryKeyboardHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const h = latest.current;
      const action = libraryKeyAction(event, isTextField(event.target));
      if (!action) return;
      const target = event.target;
      const onControl =
        target instanceof HTMLButtonElement ||
        target instanceof HTMLAnchorElement ||
        (target instanceof HTMLInputElement && target.type === 'checkbox');
      // Enter on a focused button or link keeps doing what that control does.
      if (action === 'open' && onControl) return;
      const last = h.count - 1;
      const at = h.active;
      if (action === 'escape') {
        if (h.escape()) event.preventDefault();
        return;
      }
      const acts: Record<Exclude<LibraryKeyAction, 'escape'>, () => void> = {
        search: h.focusSearch,
        next: () => h.count > 0 && h.setActive(Math.min(last, at + 1)),
        previous: () => h.count > 0 && h.setActive(Math.max(0, at - 1)),
        first: () => h.count > 0 && h.setActive(0),
        last: () => h.count > 0 && h.setActive(last),
        open: () => at >= 0 && at <= last && h.open(at),
        archive: () => at >= 0 && at <= last && h.archive(at),
        delete: () => at >= 0 && at <= last && h.remove(at),
        favorite: () => at >= 0 && at <= last && h.favorite(at),
        select: () => at >= 0 && at <= last && h.toggleSelect(at),
      };
      event.preventDefault();
      acts[action]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
