import { useEffect, useRef } from 'preact/hooks';

/**
 * Gives the popup a focus as soon as it opens (Chrome gives it none): the article's region, so
 * arrows and Space scroll the article, or, on a failure, the failure's first next step (its
 * heading when there is none). Once only: the reader's own moves are never undone.
 */
export function useInitialFocus(main: { current: HTMLElement | null }, kind: 'extracting' | 'failed' | 'ready'): void {
  const done = useRef<string | null>(null);
  useEffect(() => {
    const region = main.current;
    if (!region || done.current === kind || (kind === 'extracting' && done.current !== null)) return;
    if (document.activeElement && document.activeElement !== document.body && document.activeElement !== region) return;
    done.current = kind;
    const target =
      kind === 'failed'
        ? (region.querySelector<HTMLElement>('.message-actions button') ??
          region.querySelector<HTMLElement>('.message h1'))
        : region;
    target?.focus({ preventScroll: true });
  }, [kind]);
}
