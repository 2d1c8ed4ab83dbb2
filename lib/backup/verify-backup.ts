import type { BackupCounts } from './format';
import { BackupProblemError, type BackupProblem, type OpenedBackup } from './read-backup';
import { ZipProblemError } from '../shared/safe-zip';
import { annotationToRecord } from '../highlights/web-annotation';

/** The result of checking every entry of a backup. */
export interface IntegrityReport {
  ok: boolean;
  /** Entries read and checked (CRC-32, and SHA-256 against meta.json or the manifest). */
  entries: number;
  /** What the backup really holds, to compare with `manifest.counts`. */
  found: BackupCounts;
  problems: BackupProblem[];
}

/**
 * Reads every entry of an opened backup as a restore would, and reports each one that cannot be
 * trusted: damaged or missing files, files no meta.json lists, annotations of articles that are
 * not in the backup, and counts that differ from the manifest.
 */
export async function verifyBackup(
  backup: OpenedBackup,
  options: { signal?: AbortSignal; onProgress?: (found: BackupCounts) => void } = {},
): Promise<IntegrityReport> {
  const { signal, onProgress } = options;
  const found: BackupCounts = { articles: 0, images: 0, highlights: 0, notes: 0 };
  const problems: BackupProblem[] = [];
  const articleUrls = new Set<string>(backup.detached.map((record) => record.url));
  let entries = 1 + Object.keys(backup.manifest.files).length;
  for await (const entry of backup.articles(signal)) {
    if (entry.kind !== 'read') {
      if (entry.kind === 'failed') problems.push(entry.problem);
      continue;
    }
    articleUrls.add(entry.article.article.url);
    found.articles += 1;
    found.images += entry.article.images.length;
    entries += entry.entries;
    for (const path of entry.unlisted)
      problems.push({ code: 'damaged-entry', entry: path, detail: 'not listed in meta.json' });
    onProgress?.({ ...found });
  }
  try {
    for await (const { source, annotation } of backup.annotations(signal)) {
      const record = annotationToRecord(annotation, '');
      if (record.kind === 'highlight') found.highlights += 1;
      else if (record.kind === 'note') found.notes += 1;
      else
        problems.push({
          code: 'damaged-entry',
          entry: 'annotations.jsonl',
          detail: `${record.reason} (${String(annotation.id)})`,
        });
      if (!articleUrls.has(source))
        problems.push({
          code: 'damaged-entry',
          entry: 'annotations.jsonl',
          detail: `annotation of an article not in the backup (${source})`,
        });
    }
  } catch (error) {
    if (!(error instanceof BackupProblemError || error instanceof ZipProblemError) || signal?.aborted) throw error;
    problems.push(error.problem);
  }
  for (const key of ['articles', 'images', 'highlights', 'notes'] as const) {
    if (found[key] !== backup.manifest.counts[key]) {
      problems.push({
        code: 'damaged-entry',
        entry: 'manifest.json',
        detail: `${key}: the manifest says ${backup.manifest.counts[key]}, the backup holds ${found[key]}`,
      });
    }
  }
  return { ok: problems.length === 0, entries, found, problems };
}
