import { countArticles, eachArticleSnapshot, listDetachedNotes } from '../storage/article-snapshots';
import { estimateRemaining, type RunProgress } from '../shared/run-progress';
import type { BackupManifest } from './format';
import { backupArticleOf } from './library-records';
import type { JsonRecord } from './types';
import { writeBackup } from './write-backup';

/** Options of backUpLibrary. */
export interface BackUpOptions {
  generator: string;
  settings?: JsonRecord;
  signal?: AbortSignal;
  onProgress?: (progress: RunProgress) => void;
}

/**
 * Writes the whole Library to `writable` as a backup, one article at a time from storage (see
 * eachArticleSnapshot) with its highlights and note, then the highlights and notes kept from
 * deleted articles, with progress and an estimate.
 */
export async function backUpLibrary(
  writable: WritableStream<Uint8Array>,
  options: BackUpOptions,
): Promise<BackupManifest> {
  const total = await countArticles();
  const started = performance.now();
  const { signal, onProgress } = options;
  async function* articles() {
    for await (const snapshot of eachArticleSnapshot(signal)) yield backupArticleOf(snapshot);
  }
  return writeBackup(articles(), writable, {
    generator: options.generator,
    settings: options.settings,
    detached: (await listDetachedNotes()).map(({ record, highlights, note }) => ({
      record: { ...record },
      highlights,
      note,
    })),
    signal,
    onProgress: ({ articles: done, bytes }) =>
      onProgress?.({
        done,
        total: Math.max(total, done),
        bytes,
        remainingMs: estimateRemaining(done, Math.max(total, done), performance.now() - started),
      }),
  });
}
