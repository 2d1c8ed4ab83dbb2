import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isHttpUrl } from '../shared/urls';

/** A page's bytes and the address it came from, or one line saying why it could not be read. */
export type LoadedInput =
  /** `contentType` is the server's header; a local file has none. */
  { ok: true; bytes: Uint8Array; url: string; contentType: string | null } | { ok: false; message: string };

/** A slow server must not hold a batch forever; 20 s is generous for one HTML document. */
const FETCH_TIMEOUT_MS = 20_000;

/** Reads a local file, or downloads an http(s) address with Node's fetch. */
export async function loadInput(input: string, url: string | null): Promise<LoadedInput> {
  return isHttpUrl(input) ? download(input) : readLocal(input, url);
}

async function readLocal(path: string, url: string | null): Promise<LoadedInput> {
  try {
    const bytes = await readFile(path);
    return { ok: true, bytes, url: url ?? pathToFileURL(resolve(path)).href, contentType: null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return { ok: false, message: 'no such file. Check the path (or give a full http(s):// address).' };
    if (code === 'EISDIR')
      return { ok: false, message: 'this is a folder, not a file. Give the saved HTML file inside it.' };
    if (code === 'EACCES') return { ok: false, message: 'permission denied. Check that you may read this file.' };
    return { ok: false, message: `cannot read the file (${code ?? String(error)}). Check the path and try again.` };
  }
}

async function download(address: string): Promise<LoadedInput> {
  let response: Response;
  try {
    response = await fetch(address, {
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    if (timedOut)
      return {
        ok: false,
        message: `no answer within ${FETCH_TIMEOUT_MS / 1000} s. Check your connection, or save the page and extract the file.`,
      };
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return {
      ok: false,
      message: `cannot reach the site (${cause}). Check the address and your connection, or save the page and extract the file.`,
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      message: `the server answered HTTP ${response.status}. Check the address, or save the page from your browser and extract the file.`,
    };
  }
  const contentType = response.headers.get('content-type') ?? 'text/html';
  if (!/html|xml/i.test(contentType)) {
    return {
      ok: false,
      message: `this address is not a web page (${contentType.split(';')[0]}). Give the address of an article page.`,
    };
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  // After redirects, relative links resolve against where the page really is.
  return { ok: true, bytes, url: response.url || address, contentType };
}
