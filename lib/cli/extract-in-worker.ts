import { Worker } from 'node:worker_threads';
import type { SourceResult } from './extract-source';

/**
 * What one page may cost the command: jsdom holds a large page many times over (a 10 MB page
 * grew past 1.2 GB), its tree code recurses (5,000 nested divs overflowed the default stack), and
 * a pathological page can take minutes. Each input runs in a worker thread with these limits;
 * past them the reader gets a message, never a stack trace, and the batch goes on.
 */
export const EXTRACTION_LIMITS = { heapMb: 768, stackMb: 256, timeMs: 120_000 };

/** `extractSource` in a worker thread within EXTRACTION_LIMITS; never throws. */
export function extractSourceInWorker(source: string, url: string | null, withMarkdown: boolean): Promise<SourceResult> {
  const worker = new Worker(new URL('./extract-worker.mjs', import.meta.url), {
    workerData: { source, url, withMarkdown },
    resourceLimits: { maxOldGenerationSizeMb: EXTRACTION_LIMITS.heapMb, stackSizeMb: EXTRACTION_LIMITS.stackMb },
    stdout: false,
    stderr: true,
  });
  return new Promise((resolve) => {
    let answered = false;
    const answer = (result: SourceResult) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => answer({
      ok: false,
      message: `no result within ${EXTRACTION_LIMITS.timeMs / 1000} s: the page is too heavy to extract. Save only the article part of the page and try again.`,
    }), EXTRACTION_LIMITS.timeMs);
    worker.once('message', (result: SourceResult) => answer(result));
    worker.once('error', (error: Error & { code?: string }) => answer({
      ok: false,
      message: error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `the page needs more than the ${EXTRACTION_LIMITS.heapMb} MB of memory Liseuse gives one page. Save only the article part of the page and try again.`
        : `extraction failed (${error.message.split('\n')[0]}). Please report this page.`,
    }));
    worker.once('exit', (code) => answer({ ok: false, message: `extraction stopped (exit ${code}). Please report this page.` }));
  });
}
