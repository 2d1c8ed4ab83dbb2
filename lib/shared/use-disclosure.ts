import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** A button that shows and hides a panel. */
export interface Disclosure {
  open: boolean;
  toggle(): void;
  /** Hides the panel; gives the focus back to the button when it was inside the panel. */
  close(): void;
  button: { current: HTMLButtonElement | null };
  panel: { current: HTMLElement | null };
  /** For the panel's onKeyDown: Escape closes it (and goes no further). */
  onPanelKey(event: KeyboardEvent): void;
}

/**
 * State of a disclosure (the reader's settings, the contents, the tag form): opening moves the
 * focus to the panel's first control (or `focusSelector`), Escape closes it and gives the focus
 * back, and a click outside closes it.
 */
export function useDisclosure(focusSelector = 'input, button, a[href], select'): Disclosure {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);

  const close = useCallback(() => {
    setOpen(false);
    if (panel.current?.contains(document.activeElement)) button.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>(focusSelector)?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, focusSelector]);

  const onPanelKey = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      event.preventDefault();
      close();
    },
    [close],
  );

  return { open, toggle: () => (open ? close() : setOpen(true)), close, button, panel, onPanelKey };
}
