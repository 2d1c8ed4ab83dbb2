import { browser } from 'wxt/browser';
import type { ExtractionResult } from '../extract/types';
import { OFF_PAGE_BUDGET_MS } from './extract-html';
import { SANDBOX_PATH, type SandboxJob, type SandboxReply } from './sandbox-protocol';

/**
 * Margin past the sandbox's own budget before it is dropped: starting its process and parsing
 * the HTML come on top of the pipeline's steps.
 */
const START_MARGIN_MS = 2_000;

/**
 * Runs one extraction in a fresh parser sandbox, framed in this extension page, and removes the
 * frame when done or when `timeoutMs` have passed. The sandbox is a manifest sandbox page: Chrome
 * gives it a process of its own, so a page that holds it forever never blocks the extension's
 * pages, and removing the frame ends that process.
 */
export function runInSandbox(
  job: SandboxJob,
  timeoutMs: number,
): Promise<{ ok: true; value: ExtractionResult } | { ok: false; detail: string }> {
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(SANDBOX_PATH);
  frame.hidden = true;
  return new Promise((resolve) => {
    const finish = (answer: { ok: true; value: ExtractionResult } | { ok: false; detail: string }) => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(answer);
    };
    const timer = setTimeout(
      () => finish({ ok: false, detail: `no answer within ${timeoutMs} ms: the sandbox was dropped` }),
      timeoutMs,
    );
    const onMessage = (event: MessageEvent<SandboxReply>) => {
      if (event.source !== frame.contentWindow) return;
      const reply = event.data;
      // The sandbox's origin is opaque: '*' is the only target that reaches it.
      if (reply.kind === 'ready') frame.contentWindow?.postMessage(job, '*');
      else if (reply.kind === 'done') finish({ ok: true, value: reply.value });
      else finish({ ok: false, detail: reply.error });
    };
    window.addEventListener('message', onMessage);
    document.body.append(frame);
  });
}

/** Save link's extraction, in a sandbox that is dropped if the page takes too long. */
export async function extractInSandbox(html: string, url: string): Promise<ExtractionResult> {
  const answer = await runInSandbox({ html, url, budgetMs: OFF_PAGE_BUDGET_MS }, OFF_PAGE_BUDGET_MS + START_MARGIN_MS);
  return answer.ok ? answer.value : { ok: false, reason: 'timeout', detail: answer.detail };
}
