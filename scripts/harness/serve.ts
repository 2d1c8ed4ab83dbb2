import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

// Test pages come from this local server on 127.0.0.1, never from the network. It sends no CORS
// headers, like real image hosts, so image saving is tested against what the web really sends.

/** A local test web server. */
export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every request received, in order (method and path), e.g. to prove a beacon never fired. */
  requests: { method: string; path: string }[];
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
};

/**
 * Serves `root` on 127.0.0.1 (random port), with `routes` mapping a URL path to a file elsewhere
 * (e.g. `/page.html` → `tests/fixtures/seed-article/page.html`) or to literal HTML (`{ html }`,
 * or `{ html: (origin) => … }` for pages that must name the server's own address, with
 * `headers: (origin) => …` for headers of their own).
 * `prefixes` map every path under a folder (e.g. `/img/`) to one body, with more headers if
 * given (a test that needs CORS says so there), answered once `hold(path)` resolves if given (a
 * test that needs a download in flight holds it there).
 * Sends no CORS headers, like real image hosts. Unknown paths get 404.
 */
export async function serveFixture(
  root: string,
  routes: Record<
    string,
    string | { html: string | ((origin: string) => string); headers?: (origin: string) => Record<string, string> }
  > = {},
  prefixes: Record<
    string,
    { type: string; body: Buffer | string; headers?: Record<string, string>; hold?: (path: string) => Promise<void> }
  > = {},
): Promise<FixtureServer> {
  const base = resolve(root);
  const requests: FixtureServer['requests'] = [];
  let origin = '';
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push({ method: req.method ?? 'GET', path });
    void respond(path).then(
      ({ status, type, body, headers }) => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
        res.end(body);
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      },
    );
  });
  async function respond(
    path: string,
  ): Promise<{ status: number; type: string; body: string | Buffer; headers?: Record<string, string> }> {
    const prefix = Object.keys(prefixes).find((folder) => path.startsWith(folder));
    if (prefix) {
      const { type, body, headers, hold } = prefixes[prefix]!;
      await hold?.(path);
      return { status: 200, type, body, headers };
    }
    const route = routes[path];
    if (route && typeof route === 'object') {
      const html = typeof route.html === 'function' ? route.html(origin) : route.html;
      return { status: 200, type: MIME['.html'], body: html, headers: route.headers?.(origin) };
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
