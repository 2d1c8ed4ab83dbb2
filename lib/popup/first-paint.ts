import { FIRST_PAINT_MARK } from '../shared/marks';

/*
 * The hand-over between the script that paints the article's first screen as soon as the
 * bootstrap's reading brings it (entrypoints/popup-paint.ts) and the popup's app, which loads
 * only after that paint: loading and running the app first (Preact app, storage, save) held the
 * popup's one main thread while the first part was already there (seed article, own time
 * 173/204 → 102/112 ms, bench/click-to-view, BENCHMARKS.md).
 */

/** The element the first screen is painted into, before the popup's #app; removed when the app takes over. */
export const FIRST_PAINT_ID = 'first-paint';

/** Where the painting script leaves the promise of its paint (a global of the popup's window, as the reading is). */
const FIRST_PAINT_KEY = 'liseuseFirstPaint';

/**
 * A paint that may never come (a hidden document gets no animation frames) must not keep the
 * popup's app from loading: past this, it loads anyway.
 */
const PAINT_WAIT_MS = 250;

/** Resolves once the next frame has been painted (or PAINT_WAIT_MS passed). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, PAINT_WAIT_MS);
    requestAnimationFrame(() => {
      performance.mark(FIRST_PAINT_MARK);
      // A task queued from the frame's callback runs once that frame is painted.
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0);
    });
  });
}

/**
 * Records the first screen's paint: `painting` resolves true once it painted something, false when
 * there was nothing to paint (a failure the popup's script explains itself).
 */
export function recordFirstPaint(painting: Promise<boolean>): void {
  (globalThis as Record<string, unknown>)[FIRST_PAINT_KEY] = painting.then(
    (painted) => (painted ? afterNextPaint() : undefined),
    () => undefined,
  );
}

/** Resolves when the popup's app may load: the first screen is on screen, or nothing was painted. */
export function whenFirstPaintDone(): Promise<void> {
  return ((globalThis as Record<string, unknown>)[FIRST_PAINT_KEY] as Promise<void> | undefined) ?? Promise.resolve();
}

/** Takes the first screen's view away, in the same frame as the app's own view replaces it. */
export function removeFirstPaint(doc: Document = document): void {
  doc.getElementById(FIRST_PAINT_ID)?.remove();
}
