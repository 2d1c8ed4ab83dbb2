import { useEffect } from 'preact/hooks';
import { updateArticles } from '../storage/library';
import { progressAt, scrollTopFor } from './reading-progress';

/** Progress is written at most this often while scrolling: often enough, without a write per frame. */
export const PROGRESS_SAVE_INTERVAL_MS = 1_000;

/** What the reader does to move through a page; until one happens, the restored place is kept. */
const READER_INPUT = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

/**
 * Restores where the reader stopped in an article and keeps saving it while they scroll
 * (throttled, and once more when the tab is hidden or closed). Opening marks the article read.
 * Call with `ready` false until the article is in the DOM.
 */
export function useReadingProgress(articleId: string, savedProgress: number | null, ready: boolean): void {
  useEffect(() => {
    if (!ready || savedProgress === null) return;
    const page = document.scrollingElement ?? document.documentElement;
    const measure = () => progressAt(page.scrollTop, page.scrollHeight, window.innerHeight);
    let last = savedProgress;
    let timer: ReturnType<typeof setTimeout> | null = null;
    // While restoring, the page may still grow (images, the outline, a web font): keep going
    // back to the saved place until the reader moves on their own.
    let restoring = savedProgress > 0 && savedProgress < 1;

    const restore = () => {
      if (restoring) window.scrollTo(0, scrollTopFor(savedProgress, page.scrollHeight, window.innerHeight));
    };
    const save = () => {
      timer = null;
      if (restoring) return;
      const progress = measure();
      if (Math.abs(progress - last) < 0.001) return;
      last = progress;
      void updateArticles([articleId], { progress }).then((result) => {
        if (!result.ok) console.warn('Liseuse: reading progress not saved', result.reason);
      });
    };
    const onScroll = () => {
      timer ??= setTimeout(save, PROGRESS_SAVE_INTERVAL_MS);
    };
    const onInput = () => {
      restoring = false;
    };
    const flush = () => {
      if (timer !== null) clearTimeout(timer);
      save();
    };
    const onHidden = () => document.visibilityState === 'hidden' && flush();

    const resize = new ResizeObserver(restore);
    resize.observe(document.body);
    for (const type of READER_INPUT) window.addEventListener(type, onInput, { passive: true, capture: true });
    window.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flush);
    void updateArticles([articleId], { readAt: Date.now() });
    return () => {
      resize.disconnect();
      for (const type of READER_INPUT) window.removeEventListener(type, onInput, { capture: true });
      window.removeEventListener('scroll', onScroll);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
      if (timer !== null) flush();
    };
  }, [articleId, savedProgress, ready]);
}
