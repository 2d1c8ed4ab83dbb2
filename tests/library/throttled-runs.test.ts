import { describe, expect, it } from 'vitest';
import { runThrottled } from '../../lib/library/throttled-runs';

/** A clock that only moves when the code under test sleeps, recording who started when. */
function fakeClock() {
  let time = 0;
  return {
    now: () => time,
    sleep: async (ms: number) => {
      time += ms;
    },
    advance: (ms: number) => {
      time += ms;
    },
  };
}

describe('throttled downloads', () => {
  it('never asks a site twice within the delay, and fetches other sites meanwhile', async () => {
    const clock = fakeClock();
    const starts: [string, number][] = [];
    const items = [
      'https://a.org/1',
      'https://a.org/2',
      'https://a.org/3',
      'https://b.org/1',
      'https://www.c.org/1',
    ].map((url) => ({ url }));
    const results = await runThrottled(
      items,
      async (item) => {
        starts.push([item.url, clock.now()]);
        clock.advance(10);
        return item.url.endsWith('/2') ? 'failed' : 'ok';
      },
      {
        concurrency: 2,
        perHostDelayMs: 1000,
        now: clock.now,
        sleep: clock.sleep,
        failed: (result) => result === 'failed',
      },
    );
    expect(results.size).toBe(5);
    const aStarts = starts.filter(([url]) => url.startsWith('https://a.org')).map(([, at]) => at);
    for (let index = 1; index < aStarts.length; index += 1)
      expect(aStarts[index]! - aStarts[index - 1]!).toBeGreaterThanOrEqual(1000);
    // b and c did not wait behind a's delay.
    expect(starts.find(([url]) => url.startsWith('https://b.org'))![1]).toBeLessThan(1000);
    expect(starts.find(([url]) => url.startsWith('https://www.c.org'))![1]).toBeLessThan(1000);
  });

  it('reports progress with failures, counts a throwing task as failed, and stops on cancel', async () => {
    const clock = fakeClock();
    const controller = new AbortController();
    const progress: { done: number; failed: number }[] = [];
    const items = Array.from({ length: 6 }, (_, index) => ({ url: `https://s${index}.org/` }));
    const results = await runThrottled(
      items,
      async (item) => {
        if (item.url.includes('s1.')) throw new Error('network down');
        if (item.url.includes('s2.')) controller.abort();
        return 'ok';
      },
      {
        concurrency: 1,
        perHostDelayMs: 0,
        signal: controller.signal,
        now: clock.now,
        sleep: clock.sleep,
        onProgress: ({ done, failed }) => progress.push({ done, failed }),
      },
    );
    expect(progress).toEqual([
      { done: 1, failed: 0 },
      { done: 2, failed: 1 },
      { done: 3, failed: 1 },
    ]);
    expect(results.get(items[1]!)).toEqual(new Error('network down'));
    expect(results.size).toBe(3);
  });
});
