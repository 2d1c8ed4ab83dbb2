import { extractHtmlHere } from './extract-html';
import type { SandboxJob, SandboxReply } from './sandbox-protocol';

async function run(job: SandboxJob): Promise<SandboxReply> {
  try {
    return { kind: 'done', value: await extractHtmlHere(job.html, job.url, job.budgetMs) };
  } catch (error) {
    return { kind: 'failed', error: String(error) };
  }
}

/**
 * Runs in the parser sandbox (entrypoints/parser.sandbox): answers the jobs its parent posts, one
 * reply per job, after saying it is ready. The sandbox has an opaque origin, no extension API and
 * a process of its own, so the parent can drop it when a page takes too long.
 */
export function serveSandboxJobs(): void {
  window.addEventListener('message', (event: MessageEvent<SandboxJob>) => {
    if (event.source !== window.parent) return;
    // The parent is an extension page; a sandbox has an opaque origin and cannot name it.
    void run(event.data).then((reply) => window.parent.postMessage(reply, '*'));
  });
  window.parent.postMessage({ kind: 'ready' } satisfies SandboxReply, '*');
}
