import { useEffect, useState } from 'preact/hooks';

/** Width the outline needs beside the text, and the air between them, in CSS pixels. */
const OUTLINE_WIDTH_PX = 224;
const GAP_PX = 24;

/** Where the outline goes: beside the text, behind a button, or nowhere. */
export type OutlinePlacement = 'side' | 'collapsed' | 'none';

/**
 * Beside the text only when the margin next to it is wide enough for the whole outline; else
 * collapsed behind a button, so the outline never covers or pushes the text, whatever the text
 * size, the line width or the window. Measured again when any of them changes.
 */
export function useOutlinePlacement(hasOutline: boolean, layoutKey: unknown): OutlinePlacement {
  const [side, setSide] = useState(false);
  useEffect(() => {
    if (!hasOutline) return;
    const measure = () => {
      const text = document.querySelector('.reader-main .article');
      if (!text) return;
      const margin = text.getBoundingClientRect().left;
      setSide(Math.min(margin, window.innerWidth - text.getBoundingClientRect().right) >= OUTLINE_WIDTH_PX + GAP_PX);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.documentElement);
    return () => observer.disconnect();
  }, [hasOutline, layoutKey]);
  if (!hasOutline) return 'none';
  return side ? 'side' : 'collapsed';
}
