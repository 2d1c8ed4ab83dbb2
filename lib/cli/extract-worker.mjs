// Extractions for the `liseuse` command, in a worker thread (lib/cli/extract-in-worker.ts): loads
// the TypeScript pipeline through tsx, as bin/liseuse.mjs does, then answers one job at a time.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractSource } = await import('./extract-source.ts');
parentPort?.on('message', async ({ source, url, withMarkdown }) => {
  parentPort?.postMessage(await extractSource(source, url, withMarkdown));
});
parentPort?.postMessage('ready');
