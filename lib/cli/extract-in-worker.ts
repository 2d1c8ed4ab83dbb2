import { Worker } from 'node:worker_threads';
import type { SourceResult } from './extract-source';

/**
 * What one page may cost the command: jsdom holds a large page many times over (a 10 MB page
 * grew past 1.2 GB), its tree code recurses (5,000 nested divs overflowed the default stack), and
 * a pathological page can take minutes. Inputs run in a worker thread with these limits; past
 * them the reader gets a message, never a stack trace, and the batch goes on in a new worker.
 */
export const EXTRACTION_LIMITS = { heapMb: 768, stackMb: 256, timeMs: 120_000 };

let worker: Worker | null = null;
let ready: Promise<void> | null = null;

function startWorker(): { worker: Worker; ready: Promise<void> } {
  const started = new Worker(new URL('./extract-worker.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: EXTRACTION_LIMITS.heapMb, stackSizeMb: EXTRACTION_LIMITS.stackMb },
  });
  // Between jobs the idle worker must not keep the command alive.
  started.unref();
  return { worker: started, ready: new Promise((resolve) => started.once('message', () => resolve())) };
}

function stopWorker(): void {
  void worker?.terminate();
  worker = null;
  ready = null;
}

/** `extractSource` in the command's worker thread within EXTRACTION_LIMITS; never throws. */
export async function extractSourceInWorker(
  source: string,
  url: string | null,
  withMarkdown: boolean,
): Promise<SourceResult> {
  if (!worker || !ready) ({ worker, ready } = startWorker());
  const current = worker;
  current.ref();
  await ready;
  return new Promise((resolve) => {
    const answer = (result: SourceResult, healthy: boolean) => {
      clearTimeout(timer);
      current.off('message', onMessage);
      current.off('error', onError);
      current.off('exit', onExit);
      if (healthy) current.unref();
      else if (worker === current) stopWorker();
      resolve(result);
    };
    const onMessage = (result: SourceResult) => answer(result, true);
    const onError = (error: Error & { code?: string }) =>
      answer(
        {
          ok: false,
          message:
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `the page needs more than the ${EXTRACTION_LIMITS.heapMb} MB of memory Liseuse gives one page. Save only the article part of the page and try again.`
              : `extraction failed (${error.message.split('\n')[0]}). Please report this page.`,
        },
        false,
      );
    const onExit = (code: number) =>
      answer({ ok: false, message: `extraction stopped (exit ${code}). Please report this page.` }, false);
    const timer = setTimeout(
      () =>
        answer(
          {
            ok: false,
            message: `no result within ${EXTRACTION_LIMITS.timeMs / 1000} s: the page is too heavy to extract. Save only the article part of the page and try again.`,
          },
          false,
        ),
      EXTRACTION_LIMITS.timeMs,
    );
    current.on('message', onMessage);
    current.once('error', onError);
    current.once('exit', onExit);
    current.postMessage({ source, url, withMarkdown });
  });
}
