import { isAlreadyRestored, mergeArticleSnapshots, type RestoreOutcome } from '../storage/restore';
import { estimateRemaining, type RunProgress } from '../shared/run-progress';
import type { ArticleMeta } from './article-meta';
import { snapshotOfRestored } from './library-records';
import type { BackupProblem, OpenedBackup } from './read-backup';
import type { JsonRecord } from './types';

/** What a restore did. */
export interface RestoreSummary {
  added: number;
  merged: number;
  unchanged: number;
  /** Already restored by an earlier, interrupted run: skipped without reading their files. */
  skipped: number;
  /** Articles that could not be restored, each with its folder and reason (listed, never silent). */
  failed: { folder: string; problem: BackupProblem }[];
  /** Highlights and notes in the backup that this version cannot store yet (issue 10's store). */
  annotationsNotRestored: number;
  settingsRestored: boolean;
  /** Set when the restore stopped early: the disk is full (what was restored stays). */
  stoppedBy?: 'quota';
}

/** Options of restoreLibrary. */
export interface RestoreOptions {
  signal?: AbortSignal;
  onProgress?: (progress: RunProgress) => void;
  /** Writes the reader settings the backup holds (the caller owns browser.storage). */
  applySettings?: (settings: JsonRecord) => Promise<void>;
  /** The window whose DOM sanitizes the bodies (the page's; a jsdom window in Node). */
  win?: Window;
}

/**
 * Restores an opened backup into the Library, one transaction per article, in the order of the
 * backup. Restarted after a crash or a cancel, it skips what is already there and completes the
 * rest; articles already in the Library are merged by id or address, never doubled.
 */
export async function restoreLibrary(backup: OpenedBackup, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const { signal, onProgress } = options;
  const summary: RestoreSummary = { added: 0, merged: 0, unchanged: 0, skipped: 0, failed: [], annotationsNotRestored: 0, settingsRestored: false };
  const total = backup.manifest.counts.articles;
  const started = performance.now();
  let done = 0;
  const count: Record<RestoreOutcome, (summary: RestoreSummary) => void> = {
    added: (s) => (s.added += 1), merged: (s) => (s.merged += 1), unchanged: (s) => (s.unchanged += 1),
  };
  const skip = (meta: ArticleMeta) => isAlreadyRestored({ id: meta.article.id, updatedAt: meta.article.updatedAt }, meta.body !== null);
  for await (const entry of backup.articles(signal, skip)) {
    if (entry.kind === 'skipped') summary.skipped += 1;
    else if (entry.kind === 'failed') summary.failed.push({ folder: entry.folder, problem: entry.problem });
    else {
      const records = snapshotOfRestored(entry.article, options.win);
      if (!records.ok) summary.failed.push({ folder: entry.folder, problem: records.problem });
      else {
        const written = await mergeArticleSnapshots([records.snapshot], 'newest');
        if (written.ok) count[written.results[0]!.outcome](summary);
        else {
          summary.failed.push({ folder: entry.folder, problem: { code: 'damaged-entry', entry: entry.folder, detail: `${written.reason}: ${written.detail ?? ''}` } });
          // A full disk fails every article after this one too: stop, keep what is restored.
          if (written.reason === 'quota') {
            summary.stoppedBy = 'quota';
            return summary;
          }
        }
      }
    }
    done += 1;
    onProgress?.({ done, total: Math.max(total, done), bytes: 0, remainingMs: estimateRemaining(done, Math.max(total, done), performance.now() - started) });
  }
  for await (const _record of backup.annotations(signal)) summary.annotationsNotRestored += 1;
  if (backup.settings && options.applySettings) {
    await options.applySettings(backup.settings);
    summary.settingsRestored = true;
  }
  return summary;
}
