/**
 * Resolves in a task of its own: the tasks already queued (input, a search's answer) run first,
 * which an awaited promise alone never lets happen. Unlike scheduler.yield (lib/capture/yield-to-page.ts),
 * which resumes ahead of them.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
