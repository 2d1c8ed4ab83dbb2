import { hostOf } from '../shared/urls';
import { estimateRemaining, type RunProgress } from '../shared/run-progress';

/** Options of runThrottled. */
export interface ThrottleOptions<R> {
  /** Pages fetched at the same time. */
  concurrency: number;
  /** A site is never asked for two pages closer together than this. */
  perHostDelayMs: number;
  signal?: AbortSignal;
  onProgress?: (progress: RunProgress & { failed: number }) => void;
  /** Whether a result is a failure, for the progress count. */
  failed?: (result: R) => boolean;
  /** Injected for tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task` on every item, `concurrency` at a time, never starting two items of the same site
 * less than `perHostDelayMs` apart: downloading 3,000 imported articles must not hammer any site.
 * Items of other sites go first while one waits. A task that throws counts as failed (its
 * result is the error). Stops starting new items once `signal` aborts.
 */
export async function runThrottled<T extends { url: string }, R>(
  items: readonly T[],
  task: (item: T) => Promise<R>,
  options: ThrottleOptions<R>,
): Promise<Map<T, R | Error>> {
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? realSleep;
  const queues = new Map<string, T[]>();
  for (const item of items) {
    const host = hostOf(item.url);
    queues.set(host, [...(queues.get(host) ?? []), item]);
  }
  const readyAt = new Map<string, number>();
  const results = new Map<T, R | Error>();
  const started = now();
  let failed = 0;

  /** The next item whose site may be asked now, or how long until one may. */
  const pick = (): { item: T } | { waitMs: number } | null => {
    let soonest = Infinity;
    for (const [host, queue] of queues) {
      const ready = readyAt.get(host) ?? 0;
      if (ready <= now()) {
        const item = queue.shift()!;
        if (queue.length === 0) queues.delete(host);
        readyAt.set(host, now() + options.perHostDelayMs);
        return { item };
      }
      soonest = Math.min(soonest, ready);
    }
    return queues.size === 0 ? null : { waitMs: soonest - now() };
  };

  const worker = async () => {
    for (;;) {
      if (options.signal?.aborted) return;
      const next = pick();
      if (!next) return;
      if ('waitMs' in next) {
        await sleep(next.waitMs);
        continue;
      }
      let result: R | Error;
      try {
        result = await task(next.item);
      } catch (error) {
        result = error instanceof Error ? error : new Error(String(error));
      }
      results.set(next.item, result);
      if (result instanceof Error || options.failed?.(result)) failed += 1;
      options.onProgress?.({
        done: results.size,
        total: items.length,
        bytes: 0,
        failed,
        remainingMs: estimateRemaining(results.size, items.length, now() - started),
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  return results;
}
