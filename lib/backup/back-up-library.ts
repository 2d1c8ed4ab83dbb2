import { countArticles, eachArticleSnapshot } from '../storage/article-snapshots';
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
 * eachArticleSnapshot), with progress and an estimate. Highlights and notes are added once their
 * store exists (issue 10); the format already carries them.
 */
export async function backUpLibrary(writable: WritableStream<Uint8Array>, options: BackUpOptions): Promise<BackupManifest> {
  const total = await countArticles();
  const started = performance.now();
  const { signal, onProgress } = options;
  async function* articles() {
    for await (const snapshot of eachArticleSnapshot(signal)) yield backupArticleOf(snapshot);
  }
  return writeBackup(articles(), writable, {
    generator: options.generator,
    settings: options.settings,
    signal,
    onProgress: ({ articles: done, bytes }) => onProgress?.({
      done, total: Math.max(total, done), bytes, remainingMs: estimateRemaining(done, Math.max(total, done), performance.now() - started),
    }),
  });
}
