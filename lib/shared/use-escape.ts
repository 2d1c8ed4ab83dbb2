import { useEffect } from 'preact/hooks';

/** Calls `onEscape` when Escape is pressed anywhere in the page (closing the popup, leaving a view). */
export function useEscape(onEscape: () => void): void {
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onEscape();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [onEscape]);
}
