import { browser } from 'wxt/browser';
import type { ExtractionResult } from '../extract/types';
import { OFF_PAGE_BUDGET_MS } from '../extract-from-html';
import { SANDBOX_PATH, type SandboxJob, type SandboxReply, type SandboxResults } from './sandbox-protocol';

/**
 * Margin past the sandbox's own budget before it is dropped: starting its process and parsing
 * the HTML come on top of the pipeline's steps.
 */
const START_MARGIN_MS = 2_000;

/**
 * Runs one job in a fresh parser sandbox, framed in this extension page, and removes the frame
 * when done or when `timeoutMs` have passed. The sandbox is a manifest sandbox page: Chrome
 * gives it a process of its own, so a page that holds it forever never blocks the extension's
 * pages, and removing the frame ends that process.
 */
export function runInSandbox<K extends SandboxJob['kind']>(
  job: Extract<SandboxJob, { kind: K }>,
  timeoutMs: number,
): Promise<{ ok: true; value: SandboxResults[K] } | { ok: false; detail: string }> {
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(SANDBOX_PATH);
  frame.hidden = true;
  return new Promise((resolve) => {
    const finish = (answer: { ok: true; value: SandboxResults[K] } | { ok: false; detail: string }) => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(answer);
    };
    const timer = setTimeout(() => finish({ ok: false, detail: `no answer within ${timeoutMs} ms: the sandbox was dropped` }), timeoutMs);
    const onMessage = (event: MessageEvent<SandboxReply>) => {
      if (event.source !== frame.contentWindow) return;
      const reply = event.data;
      // The sandbox's origin is opaque: '*' is the only target that reaches it.
      if (reply.kind === 'ready') frame.contentWindow?.postMessage(job, '*');
      else if (reply.kind === 'done') finish({ ok: true, value: reply.value as SandboxResults[K] });
      else finish({ ok: false, detail: reply.error });
    };
    window.addEventListener('message', onMessage);
    document.body.append(frame);
  });
}

/** Save link's extraction, in a sandbox that is dropped if the page takes too long. */
export async function extractInSandbox(html: string, url: string): Promise<ExtractionResult> {
  const answer = await runInSandbox({ kind: 'extract', html, url, budgetMs: OFF_PAGE_BUDGET_MS }, OFF_PAGE_BUDGET_MS + START_MARGIN_MS);
  return answer.ok ? answer.value : { ok: false, reason: 'timeout', detail: answer.detail };
}

/** Markdown of article HTML, in a sandbox; throws when it takes too long (the save goes on without). */
export async function markdownInSandbox(html: string): Promise<string> {
  const answer = await runInSandbox({ kind: 'markdown', html }, OFF_PAGE_BUDGET_MS + START_MARGIN_MS);
  if (!answer.ok) throw new Error(answer.detail);
  return answer.value;
}
