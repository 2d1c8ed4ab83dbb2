// One input's extraction, in a worker thread of the `liseuse` command (lib/cli/extract-in-worker.ts):
// loads the TypeScript pipeline through tsx, as bin/liseuse.mjs does, and posts the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractSource } = await import('./extract-source.ts');
parentPort?.postMessage(await extractSource(workerData.source, workerData.url, workerData.withMarkdown));
