import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/harness/launch';
import { LIBRARY_PAINTED_MARK, SEARCH_READY_MARK, TEXT_INDEX_IDLE_MARK } from '../../lib/shared/marks';

/** The Library pages' marks and the index worker's work as bench/library times them. */

/** Milliseconds from the page's navigation to a performance mark (or paint entry). */
export const markTime = (page: Page, name: string, timeout = 120_000) =>
  page
    .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, name, { timeout, polling: 10 })
    .then((handle) => handle.jsonValue() as Promise<number>);

/** Opens a Library page and waits until the index worker has nothing left to index or merge. */
export async function settle(ext: ExtensionBrowser): Promise<number> {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl('library.html'));
  try {
    return await markTime(page, TEXT_INDEX_IDLE_MARK, 30 * 60_000);
  } finally {
    await page.close();
  }
}

/**
 * A full rebuild of the text index by the index worker, started by a Library page: page painted →
 * search ready, and the page's long tasks meanwhile. `setup` is a test-build hooks page.
 */
export async function timeRebuild(ext: ExtensionBrowser, setup: Page): Promise<{ ms: number; longTasks: number[] }> {
  await setup.evaluate(() => globalThis.liseuseTest!.requestTextRebuild());
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    const tasks: number[] = [];
    Object.assign(globalThis, { benchLongTasks: tasks });
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  try {
    await page.goto(ext.extensionUrl('library.html'));
    const painted = await markTime(page, LIBRARY_PAINTED_MARK);
    const ready = await markTime(page, SEARCH_READY_MARK, 30 * 60_000);
    const longTasks = await page.evaluate(() => (globalThis as unknown as { benchLongTasks: number[] }).benchLongTasks);
    return { ms: ready - painted, longTasks };
  } finally {
    await page.close();
  }
}
