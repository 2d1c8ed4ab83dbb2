/**
 * The backup file while it is written: in the origin-private file system (OPFS), so that a
 * library of any size streams to disk instead of memory, then offered as a download from this
 * extension page (the service worker cannot make blob: URLs, the offscreen document has no
 * downloads API, and an <a download> needs no extra permission).
 */

const PREFIX = 'liseuse-backup-';

/** "liseuse-backup-2025-06-01-1030.zip": sorts by date, says what it is. */
export function backupFileName(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${PREFIX}${day}-${pad(date.getHours())}${pad(date.getMinutes())}.zip`;
}

/** Creates (or empties) a backup file in OPFS and opens it for writing. */
export async function createBackupFile(
  name: string,
): Promise<{ handle: FileSystemFileHandle; writable: FileSystemWritableFileStream }> {
  const root = await navigator.storage.getDirectory();
  const handle = await root.getFileHandle(name, { create: true });
  return { handle, writable: await handle.createWritable() };
}

/**
 * Removes earlier backup files from OPFS (each one is as large as the Library): only the one
 * just offered for download is kept, until the next backup.
 */
export async function removeBackupFiles(except?: string): Promise<void> {
  const root = await navigator.storage.getDirectory();
  const names: string[] = [];
  for await (const name of root.keys()) if (name.startsWith(PREFIX) && name !== except) names.push(name);
  await Promise.all(names.map((name) => root.removeEntry(name)));
}

/** Starts the download of `file` under `filename`; returns its object URL (to offer the link again). */
export function offerDownload(file: Blob, filename: string): string {
  const href = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.click();
  return href;
}
