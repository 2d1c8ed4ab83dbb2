import { openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportFile } from '../import/types';

/**
 * Opens a local file as a Blob backed by the file (Node reads it as the importers ask, so a
 * 500 MB export is never loaded whole), or says in one line why it cannot be opened.
 */
export async function openLocalFile(
  path: string,
): Promise<{ ok: true; file: ImportFile } | { ok: false; message: string }> {
  try {
    if ((await stat(path)).isDirectory())
      return { ok: false, message: 'this is a folder, not a file. Give the export file (or zip) itself.' };
    return { ok: true, file: { name: basename(path), blob: await openAsBlob(path) } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: 'no such file. Check the path.' };
    if (code === 'EACCES') return { ok: false, message: 'permission denied. Check that you may read this file.' };
    return { ok: false, message: `cannot read the file (${code ?? String(error)}). Check the path and try again.` };
  }
}
