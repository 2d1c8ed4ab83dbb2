import { notesOfAnnotations, snapshotOfRestored } from './library-records';
import { findArticleByUrl } from '../storage/articles';
import {
  isAlreadyRestored,
  mergeArticleSnapshots,
  restoreDetachedNotes,
  type RestoreOutcome,
} from '../storage/restore';
import type { DetachedNotes } from '../storage/schema';
import { estimateRemaining, type RunProgress } from '../shared/run-progress';
import { withoutHash } from '../shared/urls';
import type { ArticleMeta } from './article-meta';
import type { BackupAnnotation, BackupProblem, OpenedBackup } from './read-backup';
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
  /** Highlights and notes restored with their articles. */
  annotations: number;
  /** Highlights and notes that could not be restored (their article failed, or they are malformed). */
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
 * Restores an opened backup into the Library: each article with its highlights and note in ONE
 * transaction, in the order of the backup. annotations.jsonl is read alongside the article
 * folders (the writer keeps both in the same order), so neither is held whole. Restarted after a
 * crash or a cancel, it skips what is already there; articles already in the Library are merged
 * by id or address, never doubled.
 */
export async function restoreLibrary(backup: OpenedBackup, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const { signal, onProgress } = options;
  const summary: RestoreSummary = {
    added: 0,
    merged: 0,
    unchanged: 0,
    skipped: 0,
    failed: [],
    annotations: 0,
    annotationsNotRestored: 0,
    settingsRestored: false,
  };
  const total = backup.manifest.counts.articles;
  const started = performance.now();
  const annotations = new AnnotationQueue(backup.annotations(signal));
  const skip = (meta: ArticleMeta) =>
    isAlreadyRestored({ id: meta.article.id, updatedAt: meta.article.updatedAt }, meta.body !== null);
  let done = 0;
  for await (const entry of backup.articles(signal, skip)) {
    if (entry.kind === 'skipped') {
      summary.skipped += 1;
      // Restored with the article, in the same transaction, by the earlier run.
      await annotations.takeFor(entry.url);
    } else if (entry.kind === 'failed') {
      summary.failed.push({ folder: entry.folder, problem: entry.problem });
      if (entry.url) summary.annotationsNotRestored += (await annotations.takeFor(entry.url)).length;
    } else {
      const own = await annotations.takeFor(entry.article.article.url);
      const records = snapshotOfRestored(entry.article, own, options.win);
      if (!records.ok) {
        summary.failed.push({ folder: entry.folder, problem: records.problem });
        summary.annotationsNotRestored += own.length;
      } else {
        const written = await mergeArticleSnapshots([records.snapshot], 'newest');
        if (!written.ok) {
          summary.failed.push({
            folder: entry.folder,
            problem: {
              code: 'damaged-entry',
              entry: entry.folder,
              detail: `${written.reason}: ${written.detail ?? ''}`,
            },
          });
          summary.annotationsNotRestored += own.length;
          // A full disk fails every article after this one too: stop, keep what is restored.
          if (written.reason === 'quota') return { ...summary, stoppedBy: 'quota' };
        } else {
          COUNT[written.results[0]!.outcome](summary);
          summary.annotations += own.length - records.unusable;
          summary.annotationsNotRestored += records.unusable;
        }
      }
    }
    done += 1;
    onProgress?.({
      done,
      total: Math.max(total, done),
      bytes: 0,
      remainingMs: estimateRemaining(done, Math.max(total, done), performance.now() - started),
    });
  }
  await restoreLeftovers(await annotations.rest(), backup.detached, summary);
  if (backup.settings && options.applySettings) {
    await options.applySettings(backup.settings);
    summary.settingsRestored = true;
  }
  return summary;
}

const COUNT: Record<RestoreOutcome, (summary: RestoreSummary) => void> = {
  added: (s) => (s.added += 1),
  merged: (s) => (s.merged += 1),
  unchanged: (s) => (s.unchanged += 1),
};

/**
 * Annotations read one group at a time, in step with the articles: `takeFor(url)` hands over the
 * consecutive annotations of that article. An annotation out of step stays at the head (and the
 * ones after it wait) until `rest()`, which restores them by address after the articles.
 */
class AnnotationQueue {
  private head: BackupAnnotation | null = null;
  private finished = false;

  constructor(private readonly source: AsyncGenerator<BackupAnnotation>) {}

  /** The consecutive annotations at the head that target `url` (none if the head targets another article). */
  async takeFor(url: string): Promise<Record<string, unknown>[]> {
    const taken: Record<string, unknown>[] = [];
    const key = withoutHash(url);
    for (let next = await this.peek(); next && withoutHash(next.source) === key; next = await this.peek()) {
      taken.push(next.annotation);
      this.head = null;
    }
    return taken;
  }

  /** What no article took (out of order, or of an article not in the backup). */
  async rest(): Promise<BackupAnnotation[]> {
    const left: BackupAnnotation[] = [];
    for (let next = await this.peek(); next; next = await this.peek()) {
      left.push(next);
      this.head = null;
    }
    return left;
  }

  private async peek(): Promise<BackupAnnotation | null> {
    if (this.head || this.finished) return this.head;
    const { done, value } = await this.source.next();
    if (done) this.finished = true;
    else this.head = value;
    return this.head;
  }
}

/**
 * Annotations after the articles' ones: those kept from deleted articles (detached-notes.json
 * names them), and any that came out of step with their article (a backup written by another
 * tool). Each group goes, in its own transaction, to the article at its address, else stays
 * detached if the backup kept it so, else is counted as not restored.
 */
async function restoreLeftovers(
  left: readonly BackupAnnotation[],
  detached: OpenedBackup['detached'],
  summary: RestoreSummary,
): Promise<void> {
  const byUrl = new Map<string, Record<string, unknown>[]>();
  for (const { source, annotation } of left)
    byUrl.set(withoutHash(source), [...(byUrl.get(withoutHash(source)) ?? []), annotation]);
  const kept = new Map(detached.map((record) => [withoutHash(record.url), record]));
  for (const [url, annotations] of byUrl) {
    const record = kept.get(url);
    if (record) {
      const { notes, unusable } = notesOfAnnotations(annotations, record.articleId);
      const written = await restoreDetachedNotes(record as unknown as DetachedNotes, notes);
      if (written.ok) summary.annotations += annotations.length - unusable;
      summary.annotationsNotRestored += written.ok ? unusable : annotations.length;
      continue;
    }
    const article = await findArticleByUrl(url);
    if (!article) {
      summary.annotationsNotRestored += annotations.length;
      continue;
    }
    const { notes, unusable } = notesOfAnnotations(annotations, article.id);
    const written = await mergeArticleSnapshots([{ article, body: null, images: [], notes }], 'newest');
    if (written.ok) summary.annotations += annotations.length - unusable;
    summary.annotationsNotRestored += written.ok ? unusable : annotations.length;
  }
}
