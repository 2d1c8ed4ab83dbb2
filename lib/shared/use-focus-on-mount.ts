import { useEffect } from 'preact/hooks';

/** Moves the focus to `ref`'s element once it is shown (when `enabled`), scrolling nothing. */
export function useFocusOnMount(ref: { current: HTMLElement | null }, enabled = true): void {
  useEffect(() => {
    if (enabled) ref.current?.focus({ preventScroll: true });
  }, [enabled]);
}
