import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { BackupManifest } from '../backup/format';
import { openBackup, type BackupProblem, type OpenedBackup } from '../backup/read-backup';
import { restoreLibrary, type RestoreSummary } from '../backup/restore-library';
import { sendMessage } from '../shared/messages';
import type { RunProgress } from '../shared/run-progress';
import { pendingRestore, type PendingRestore } from '../storage/settings';

/** A restore that started and did not finish, as the options page shows it. */
export type { PendingRestore } from '../storage/settings';
import { applyBackupSettings } from './backup-settings';

/** What the restore panel shows. */
export type RestoreState =
  | { kind: 'idle' }
  | { kind: 'opening'; name: string }
  | { kind: 'refused'; name: string; problem: BackupProblem }
  | { kind: 'ready'; name: string; manifest: BackupManifest }
  | { kind: 'running'; name: string; progress: RunProgress | null }
  | { kind: 'done'; name: string; summary: RestoreSummary }
  | { kind: 'cancelled'; name: string }
  | { kind: 'failed'; name: string; detail: string };

/**
 * Opens a backup the reader picked (checking its format and version first), then restores it on
 * request, with progress and cancel. A restore that did not finish is remembered, so the page
 * can offer to finish it: picking the same file again skips what is already restored.
 */
export function useRestore(): {
  state: RestoreState;
  interrupted: PendingRestore | null;
  pick(file: File): void;
  start(): void;
  cancel(): void;
} {
  const [state, setState] = useState<RestoreState>({ kind: 'idle' });
  const [interrupted, setInterrupted] = useState<PendingRestore | null>(null);
  const opened = useRef<{ file: File; backup: OpenedBackup } | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => {
    void pendingRestore.getValue().then(setInterrupted);
    return () => controller.current?.abort();
  }, []);

  const pick = useCallback((file: File) => {
    opened.current = null;
    setState({ kind: 'opening', name: file.name });
    void openBackup(file).then((result) => {
      if (!result.ok) return setState({ kind: 'refused', name: file.name, problem: result.problem });
      opened.current = { file, backup: result.backup };
      setState({ kind: 'ready', name: file.name, manifest: result.backup.manifest });
    });
  }, []);

  const start = useCallback(() => {
    const current = opened.current;
    if (!current) return;
    const run = new AbortController();
    controller.current = run;
    const { file, backup } = current;
    setState({ kind: 'running', name: file.name, progress: null });
    void (async () => {
      const pending = {
        name: file.name,
        size: file.size,
        articles: backup.manifest.counts.articles,
        startedAt: Date.now(),
      };
      await pendingRestore.setValue(pending);
      try {
        const summary = await restoreLibrary(backup, {
          signal: run.signal,
          onProgress: (progress) => setState({ kind: 'running', name: file.name, progress }),
          applySettings: applyBackupSettings,
        });
        await pendingRestore.setValue(null);
        setInterrupted(null);
        setState({ kind: 'done', name: file.name, summary });
      } catch (error) {
        if (run.signal.aborted) setState({ kind: 'cancelled', name: file.name });
        else {
          console.error('Liseuse: restore failed', error);
          setState({ kind: 'failed', name: file.name, detail: String(error) });
        }
      } finally {
        // Badges of open tabs show which pages are now saved.
        await sendMessage('libraryChanged', undefined).catch((error: unknown) =>
          console.warn('Liseuse: no badge refresh', error),
        );
      }
    })();
  }, []);

  const cancel = useCallback(() => controller.current?.abort(new DOMException('Restore cancelled', 'AbortError')), []);
  return { state, interrupted, pick, start, cancel };
}
