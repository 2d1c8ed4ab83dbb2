import { useEffect, useState } from 'preact/hooks';
import { progressAt } from './reading-progress';

/** What the reader does to move through a page (as opposed to the page restoring a position). */
const READER_INPUT = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

/**
 * How far down the page the reader is now (0..1, once a frame at most while scrolling), and
 * whether they have moved through it themselves since it opened.
 */
export function useScrollProgress(ready: boolean): { progress: number; moved: boolean } {
  const [state, setState] = useState({ progress: 0, moved: false });
  useEffect(() => {
    if (!ready) return;
    const page = document.scrollingElement ?? document.documentElement;
    let frame = 0;
    let moved = false;
    const measure = () => {
      frame = 0;
      setState({ progress: progressAt(page.scrollTop, page.scrollHeight, window.innerHeight), moved });
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(measure);
    };
    const onInput = () => {
      moved = true;
    };
    for (const type of READER_INPUT) window.addEventListener(type, onInput, { passive: true, capture: true });
    window.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(onScroll);
    resize.observe(document.body);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      for (const type of READER_INPUT) window.removeEventListener(type, onInput, { capture: true });
      window.removeEventListener('scroll', onScroll);
    };
  }, [ready]);
  return state;
}
