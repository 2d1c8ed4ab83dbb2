/**
 * Real-browser harness for Liseuse's end-to-end tests, benchmarks and `npm start` (development
 * tooling: nothing under lib/dev/ is bundled into the extension).
 *
 * Typical use (one browser per test file keeps the suite fast on 2 cores):
 *
 *   const ext = await launchWithExtension();            // Chromium with the built extension
 *   const site = await serveFixture('tests/fixtures/seed-article/site', { '/page.html': '…/page.html' });
 *   const page = await ext.context.newPage();
 *   await page.goto(site.url('/page.html'));
 *   await clickToolbar(ext, page);                      // a real toolbar click: opens the popup, grants activeTab
 *   const popup = await attachToPopup(ext);             // the popup is a CDP target Playwright does not list
 *   await popup.waitFor('!!document.querySelector("article")');
 *   const text = await popup.evaluate<string>('document.body.innerText');
 *   await popup.screenshot('test-artifacts/popup.png');
 *   await popup.close(); await site.close(); await ext.close();
 *
 * The extension is read from `${LISEUSE_OUT_DIR ?? '.output'}/chrome-mv3` (build it first).
 * Test pages come from a local node http server on 127.0.0.1 that sends no CORS headers, like
 * real image hosts; nothing here touches the network.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

/** A Chromium persistent context with Liseuse loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (an extension context: same IndexedDB as its pages). */
  serviceWorker: Worker;
  /** Browser-level CDP session (Target.*, Extensions.*). */
  cdp: CDPSession;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** The extension directory the tests load: `$LISEUSE_OUT_DIR/chrome-mv3`, `.output` by default. */
export function extensionDir(): string {
  return resolve(process.env.LISEUSE_OUT_DIR ?? '.output', 'chrome-mv3');
}

/**
 * Launches Chromium (/usr/bin/chromium, or $CHROMIUM_PATH; headless unless told otherwise) with the built extension and waits for its
 * worker. `extraArgs` are more Chromium switches (the benchmark maps every other host to "not
 * found" so that corpus pages never reach the network).
 */
export async function launchWithExtension(
  extraArgs: string[] = [],
  { headless = true, env }: { headless?: boolean; env?: Record<string, string> } = {},
): Promise<ExtensionBrowser> {
  const ext = extensionDir();
  await stat(join(ext, 'manifest.json')).catch(() => {
    throw new Error(`No built extension at ${ext}: run \`npm run build\` (or set LISEUSE_OUT_DIR) first`);
  });
  const profile = await mkdtemp(join(tmpdir(), 'liseuse-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    // Chromium on Linux takes its UI language from the environment as well as from --lang.
    ...(env ? { env: { ...process.env, ...env } as Record<string, string> } : {}),
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-quic', '--no-first-run', '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...extraArgs,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const browser = context.browser();
  // A persistent context has no Browser object in some versions; fall back to a page-less session.
  const cdp = browser ? await browser.newBrowserCDPSession() : await context.newCDPSession(await context.newPage());
  return {
    context,
    extensionId,
    serviceWorker,
    cdp,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** A local test web server. */
export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every request received, in order (method and path), e.g. to prove a beacon never fired. */
  requests: { method: string; path: string }[];
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png',
  '.gif': 'image/gif', '.svg': 'image/svg+xml', '.webp': 'image/webp', '.css': 'text/css', '.js': 'text/javascript',
  '.json': 'application/json', '.pdf': 'application/pdf',
};

/**
 * Serves `root` on 127.0.0.1 (random port), with `routes` mapping a URL path to a file elsewhere
 * (e.g. `/page.html` → `tests/fixtures/seed-article/page.html`) or to literal HTML (`{ html }`,
 * or `{ html: (origin) => … }` for pages that must name the server's own address).
 * Sends no CORS headers, like real image hosts. Unknown paths get 404.
 */
export async function serveFixture(
  root: string,
  routes: Record<string, string | { html: string | ((origin: string) => string) }> = {},
): Promise<FixtureServer> {
  const base = resolve(root);
  const requests: FixtureServer['requests'] = [];
  let origin = '';
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push({ method: req.method ?? 'GET', path });
    void respond(path).then(
      ({ status, type, body }) => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
        res.end(body);
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      },
    );
  });
  async function respond(path: string): Promise<{ status: number; type: string; body: string | Buffer }> {
    const route = routes[path];
    if (route && typeof route === 'object') {
      const html = typeof route.html === 'function' ? route.html(origin) : route.html;
      return { status: 200, type: MIME['.html'], body: html };
    }
    const file = route ? resolve(route) : join(base, normalize(path));
    if (!route && !file.startsWith(base)) return { status: 403, type: 'text/plain', body: 'forbidden' };
    try {
      const body = await readFile(file);
      return { status: 200, type: MIME[extname(file).toLowerCase()] ?? 'application/octet-stream', body };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') {
        return { status: 404, type: 'text/plain', body: 'not found' };
      }
      throw error;
    }
  }
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => origin + path,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The CDP targetId of the tab that holds a Playwright page. */
export async function targetIdOf(ext: ExtensionBrowser, page: Page): Promise<string> {
  // triggerAction wants the tab target, not the page target inside it.
  const { targetInfos } = await ext.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no CDP target for ${page.url()}`);
  return tab.targetId;
}

/**
 * Clicks Liseuse's toolbar button on `page` for real (CDP Extensions.triggerAction): opens the
 * popup and grants activeTab on that tab. Returns Date.now() just before the click.
 */
export async function clickToolbar(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const targetId = await targetIdOf(ext, page);
  const clickedAt = Date.now();
  await ext.cdp.send('Extensions.triggerAction', { id: ext.extensionId, targetId });
  return clickedAt;
}

/** A page driven through raw CDP messages (the popup, which Playwright does not list). */
export interface AttachedTarget {
  targetId: string;
  /** Runtime.evaluate `expression` (awaits promises) and returns its JSON value; throws on exceptions. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy; returns its value. */
  waitFor<T = unknown>(expression: string, timeoutMs?: number): Promise<T>;
  /** Any CDP method in the target (Page.*, Input.*, …). */
  send<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** Page.captureScreenshot to a PNG file. */
  screenshot(file: string): Promise<void>;
  /** Detaches, and closes the target (closing the popup). */
  close(): Promise<void>;
}

/** Waits for the popup of the last toolbar click to exist and attaches to it. */
export async function attachToPopup(ext: ExtensionBrowser, timeoutMs = 10_000): Promise<AttachedTarget> {
  const prefix = ext.extensionUrl('popup.html');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { targetInfos } = await ext.cdp.send('Target.getTargets');
    const popup = targetInfos.find((t) => t.url.startsWith(prefix) && t.type === 'page');
    if (popup) return attachToTarget(ext, popup.targetId);
    if (Date.now() > deadline) throw new Error('the popup did not open');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Attaches (non-flattened session) to any target and drives it with Target.sendMessageToTarget. */
export async function attachToTarget(ext: ExtensionBrowser, targetId: string): Promise<AttachedTarget> {
  const { cdp } = ext;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 1;
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
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  // A popup closes itself when it loses focus (e.g. a link opened a tab): fail pending calls.
  const onDetached = (event: { sessionId?: string }) => {
    if (event.sessionId !== sessionId) return;
    for (const waiter of pending.values()) waiter.reject(new Error('the target closed'));
    pending.clear();
  };
  cdp.on('Target.detachedFromTarget', onDetached);

  const send = async <T>(method: string, params: Record<string, unknown> = {}): Promise<T> => {
    const id = nextId++;
    const result = new Promise<unknown>((resolveP, reject) => pending.set(id, { resolve: resolveP, reject }));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    return (await result) as T;
  };
  const evaluate = async <T>(expression: string): Promise<T> => {
    const res = await send<{ result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
    );
    if (res.exceptionDetails) {
      throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    }
    return res.result.value as T;
  };
  return {
    targetId,
    send,
    evaluate,
    async waitFor<T>(expression: string, timeoutMs = 15_000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await evaluate<T>(expression).catch(() => undefined);
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`timed out waiting for: ${expression}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async screenshot(file) {
      const { data } = await send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      const { mkdir, writeFile } = await import('node:fs/promises');
      await mkdir(resolve(file, '..'), { recursive: true });
      await writeFile(file, Buffer.from(data, 'base64'));
    },
    async close() {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      cdp.off('Target.detachedFromTarget', onDetached);
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
    },
  };
}

/**
 * Reads every record of every object store of the extension's IndexedDB databases, from the
 * service worker (an extension context, so the same origin as the popup and the reader).
 * Blobs come back as `{ blob: size, type }`.
 */
export async function dumpExtensionDb(ext: ExtensionBrowser): Promise<Record<string, Record<string, unknown[]>>> {
  return ext.serviceWorker.evaluate(async () => {
    const out: Record<string, Record<string, unknown[]>> = {};
    const req = <T>(r: IDBRequest<T>) =>
      new Promise<T>((ok, ko) => {
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
    const replacer = (_k: string, v: unknown) => (v instanceof Blob ? { blob: v.size, type: v.type } : v);
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const open = indexedDB.open(info.name);
      const db = await req(open);
      out[info.name] = {};
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await req(db.transaction(store).objectStore(store).getAll());
        out[info.name][store] = all.map((v) => JSON.parse(JSON.stringify(v, replacer)) as unknown);
      }
      db.close();
    }
    return out;
  });
}

/** Screenshots directory (gitignored). */
export const ARTIFACTS = resolve('test-artifacts');
