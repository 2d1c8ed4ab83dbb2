import { useEffect, useRef } from 'preact/hooks';

/** The Library's keys, in the reader: the same letter does the same thing in both. */
const KEYS = { e: 'archive', s: 'favorite', '#': 'remove' } as const;

type ReaderKeyAction = (typeof KEYS)[keyof typeof KEYS];

/** The reader action a key means, or null (modifiers, typing in a field, or another key). */
export function readerKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): ReaderKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))
    return null;
  return KEYS[event.key as keyof typeof KEYS] ?? null;
}

/** `e` archives, `s` favorites, `#` deletes the article in the reader, as in the Library. */
export function useReaderKeys(handlers: Record<ReaderKeyAction, () => void>, enabled: boolean): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = readerKeyAction(event);
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
