/**
 * Gives the main thread back for a moment, between two steps of a long extraction, so that the
 * page (or the extension page) handles input and paints: scheduler.yield where the browser has
 * it (it resumes ahead of other tasks), else a zero-delay timer.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
