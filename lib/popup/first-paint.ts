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
 * popup's app from loading: past this after the frame was asked for, it loads anyway.
 */
const PAINT_WAIT_MS = 250;

/**
 * A reading still on its way this long after the popup document started (a long page, a page
 * that never answers, Firefox reading the tab itself) is not waited for: the app loads and shows
 * its bar and "Reading the page…"; the first screen is painted only if it comes before the app
 * has rendered. The seed article's first part comes at 65–95 ms.
 */
const READING_WAIT_MS = 150;

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
 * Records the first screen's paint: `painting` resolves true once it painted something, false
 * when there was nothing to paint (a failure the popup's app explains itself). The app may load
 * once that frame is painted, at once when there is nothing to paint, and at READING_WAIT_MS
 * after the document started when the reading has not come by then.
 */
export function recordFirstPaint(painting: Promise<boolean>): void {
  let painted = false;
  const frame = painting.then(
    (done) => {
      painted = done;
      return done ? afterNextPaint() : undefined;
    },
    () => undefined,
  );
  const late = new Promise<void>((resolve) =>
    setTimeout(() => !painted && resolve(), Math.max(0, READING_WAIT_MS - performance.now())),
  );
  (globalThis as Record<string, unknown>)[FIRST_PAINT_KEY] = Promise.race([frame, late]);
}

/** Resolves when the popup's app may load (see recordFirstPaint); at once when nothing paints first. */
export function whenFirstPaintDone(): Promise<void> {
  return ((globalThis as Record<string, unknown>)[FIRST_PAINT_KEY] as Promise<void> | undefined) ?? Promise.resolve();
}

/** Whether the popup's app has rendered: the first screen is then not painted (it would only cover the app). */
export function appHasRendered(doc: Document = document): boolean {
  return doc.getElementById('app')?.hasChildNodes() ?? true;
}

/** Takes the first screen's view away, in the same frame as the app's own view replaces it. */
export function removeFirstPaint(doc: Document = document): void {
  doc.getElementById(FIRST_PAINT_ID)?.remove();
}
