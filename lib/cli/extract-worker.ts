import { parentPort } from 'node:worker_threads';
import { extractSource } from './extract-source';

// The `liseuse` command's worker thread (lib/cli/extract-in-worker.ts; bundled beside the command
// as dist/cli/extract-worker.mjs): answers one extraction at a time, within the thread's limits.
parentPort?.on('message', (job: { source: string; url: string | null; withMarkdown: boolean }) => {
  void extractSource(job.source, job.url, job.withMarkdown).then((result) => parentPort?.postMessage(result));
});
parentPort?.postMessage('ready');
