import { estimateRemaining, type RunProgress } from '../shared/run-progress';
import { mergeArticleSnapshots } from '../storage/restore';
import type { Reason } from '../shared/errors';
import { snapshotOfItem } from './article-of-item';
import type { ImportPlan } from './plan-import';

/** What an import did. */
export interface ImportOutcome {
  added: number;
  /** Already in the Library: tags, states and dates merged in, its content kept. */
  merged: number;
  /** Added without their page: listed as "not downloaded yet". */
  notDownloaded: number;
  /** Items that could not be written, with the reason (listed, never silent). */
  failed: { url: string; reason: Reason }[];
  /** Highlights and article notes written with their articles (the same passage is never added twice). */
  highlights: number;
  notes: number;
}

/** Items written per transaction: a batch is whole or absent, and 10,000 items take seconds, not minutes. */
const BATCH = 25;

/**
 * Writes what a dry run found into the Library (after the reader's one click): batch by batch,
 * each in one transaction, articles with their highlights and notes; items already in the
 * Library are merged (its own content kept, the quotes it already has not added twice).
 */
export async function importIntoLibrary(
  plan: ImportPlan,
  options: { signal?: AbortSignal; onProgress?: (progress: RunProgress) => void; win?: Window } = {},
): Promise<ImportOutcome> {
  const { signal, onProgress } = options;
  const outcome: ImportOutcome = { added: 0, merged: 0, notDownloaded: 0, failed: [], highlights: 0, notes: 0 };
  const total = plan.items.length;
  const started = performance.now();
  for (let start = 0; start < total; start += BATCH) {
    signal?.throwIfAborted();
    const items = plan.items.slice(start, start + BATCH);
    const now = Date.now();
    const snapshots = [];
    for (const item of items) snapshots.push(await snapshotOfItem(item, now, options.win));
    const written = await mergeArticleSnapshots(snapshots, 'keep-existing');
    if (!written.ok) {
      for (const item of items) outcome.failed.push({ url: item.url, reason: written.reason });
      if (written.reason === 'quota') break;
    } else {
      for (const [index, result] of written.results.entries()) {
        if (result.outcome === 'added') outcome.added += 1;
        else outcome.merged += 1;
        if (result.outcome === 'added' && snapshots[index]!.article.notDownloaded) outcome.notDownloaded += 1;
      }
      for (const item of items) {
        outcome.highlights += item.highlights.length;
        if (item.note) outcome.notes += 1;
      }
    }
    const done = Math.min(total, start + items.length);
    onProgress?.({ done, total, bytes: 0, remainingMs: estimateRemaining(done, total, performance.now() - started) });
  }
  return outcome;
}
