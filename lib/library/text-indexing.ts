import { browser } from 'wxt/browser';
import { TEXT_INDEX_IDLE_MARK } from '../shared/marks';
import { countPendingTexts } from '../storage/text-index';
import { runTextIndexWork, type TextIndexReport } from './text-index-work';
import { nextTask } from '../shared/next-task';

/** The packaged worker script (entrypoints/text-index-worker.ts). */
const WORKER_PATH = '/text-index-worker.js' as const;

/** Background index work: resolved `indexed` once no article was left pending; `done` from then on. */
interface Run {
  indexed: Promise<void>;
  done: boolean;
}

/** The background work under way, if any. */
let running: Run | null = null;

/** Whether this page can start the packaged worker (an extension page; not unit tests). */
function canStartWorker(): boolean {
  return typeof Worker === 'function' && /^(chrome|moz)-extension:$/.test(globalThis.location?.protocol ?? '');
}

/** Runs the index work in the worker, else on the page; `onReport` hears how it goes. */
function startIndexWork(onReport: (report: TextIndexReport) => void): void {
  const onPage = () => void runTextIndexWork(onReport, nextTask);
  if (!canStartWorker()) return onPage();
  try {
    const worker = new Worker(browser.runtime.getURL(WORKER_PATH));
    worker.addEventListener('message', (event: MessageEvent<TextIndexReport>) => onReport(event.data));
    worker.addEventListener('error', (event) => {
      console.warn('Liseuse: the index worker failed; indexing on the page', event.message);
      onPage();
    });
  } catch (error) {
    console.warn('Liseuse: the index worker could not start; indexing on the page', error);
    onPage();
  }
}

/** Starts the background work and returns it: `indexed` resolves when it has indexed every pending article. */
function startRun(): Run {
  let markIndexed!: () => void;
  const run: Run = { indexed: new Promise<void>((resolve) => (markIndexed = resolve)), done: false };
  startIndexWork((report) => {
    if (report.kind === 'failed') console.warn('Liseuse: the search index could not be updated', report.detail);
    if (report.kind === 'idle') performance.mark(TEXT_INDEX_IDLE_MARK);
    run.done = true;
    markIndexed();
    if (report.kind !== 'indexed' && running === run) running = null;
  });
  return run;
}

/**
 * Starts the full-text index's background work (the index worker, or the page itself where no
 * worker can start) unless it is already running, and resolves when no article waits to be
 * indexed: from then on every search covers every word. Merging small segments goes on after
 * that, in the background. True when articles were indexed meanwhile (their list records changed).
 */
export async function runTextIndexing(): Promise<boolean> {
  running ??= startRun();
  if ((await countPendingTexts()) === 0) return false;
  // Articles queued after the running work passed them (a rebuild asked for): a new run takes them.
  if (running.done) running = startRun();
  await running.indexed;
  return true;
}
