import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ExtensionBrowser } from './launch';

/** A page driven through raw CDP messages (the popup, which Playwright does not list). */
export interface AttachedTarget {
  targetId: string;
  /** Runtime.evaluate `expression` (awaits promises) and returns its JSON value; throws on exceptions. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy; returns its value. Fails at once if the target closes. */
  waitFor<T = unknown>(expression: string, timeoutMs?: number): Promise<T>;
  /** Any CDP method in the target (Page.*, Input.*, …). */
  send<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** Resolves when the target is gone (a popup closes itself when it loses the focus). */
  closed: Promise<void>;
  /** Page.captureScreenshot to a PNG file. */
  screenshot(file: string): Promise<void>;
  /** Detaches, and closes the target (closing the popup). */
  close(): Promise<void>;
}

/**
 * What a call to a target gets when the target went away before answering: a popup closes as
 * soon as something takes its focus, sometimes while CDP is still delivering the input that did it.
 */
export class TargetClosedError extends Error {
  constructor() {
    super('the target closed');
    this.name = 'TargetClosedError';
  }
}

/** Attaches (non-flattened session) to any target and drives it with Target.sendMessageToTarget. */
export async function attachToTarget(ext: ExtensionBrowser, targetId: string): Promise<AttachedTarget> {
  const { cdp } = ext;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 1;
  let gone = false;
  let markClosed = () => {};
  const closed = new Promise<void>((resolveClosed) => (markClosed = resolveClosed));
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const onMessage = (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const msg = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiter = msg.id === undefined ? undefined : pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id as number);
    if (msg.error) waiter.reject(new Error(msg.error.message));
    else waiter.resolve(msg.result);
  };
  const onDetached = (event: { sessionId?: string }) => {
    if (event.sessionId !== sessionId) return;
    gone = true;
    for (const waiter of pending.values()) waiter.reject(new TargetClosedError());
    pending.clear();
    markClosed();
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  cdp.on('Target.detachedFromTarget', onDetached);

  const send = async <T>(method: string, params: Record<string, unknown> = {}): Promise<T> => {
    if (gone) throw new TargetClosedError();
    const id = nextId++;
    const result = new Promise<unknown>((resolveP, reject) => pending.set(id, { resolve: resolveP, reject }));
    // The target may close while the message is still being sent: its rejection then reaches the
    // caller through the failed send, not as an unhandled rejection of a promise nobody awaits yet.
    result.catch(() => undefined);
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    return (await result) as T;
  };
  const evaluate = async <T>(expression: string): Promise<T> => {
    const res = await send<{
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (res.exceptionDetails) {
      throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    }
    return res.result.value as T;
  };
  return {
    targetId,
    send,
    evaluate,
    closed,
    async waitFor<T>(expression: string, timeoutMs = 15_000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        // An exception (e.g. the page is still loading) means "not yet"; a closed target, never.
        const value = await evaluate<T>(expression).catch((error: unknown) => {
          if (error instanceof TargetClosedError) throw error;
          return undefined;
        });
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`timed out waiting for: ${expression}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async screenshot(file) {
      const { data } = await send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, Buffer.from(data, 'base64'));
    },
    async close() {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      cdp.off('Target.detachedFromTarget', onDetached);
      gone = true;
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
      markClosed();
    },
  };
}
