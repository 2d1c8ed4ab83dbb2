import type { ExportFile } from './export-notes';

/**
 * Hands a file to the browser's downloads, from the page the reader is on: an object URL and a
 * link with `download`, which needs no "downloads" permission.
 */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  // A copy into a plain ArrayBuffer-backed array: Blob takes no view of a shared buffer.
  const blob = new Blob([typeof file.data === 'string' ? file.data : new Uint8Array(file.data)], { type: file.type });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL can go after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
