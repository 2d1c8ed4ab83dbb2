import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { backUpLibrary } from '../backup/back-up-library';
import type { BackupManifest } from '../backup/format';
import type { RunProgress } from '../shared/run-progress';
import { toDbFailure } from '../storage/transactions';
import type { Reason } from '../shared/errors';
import { backupFileName, createBackupFile, offerDownload, removeBackupFiles } from './backup-file';
import { readBackupSettings } from './backup-settings';

/** What the backup panel shows. */
export type BackupState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: RunProgress | null }
  | { kind: 'done'; manifest: BackupManifest; href: string; filename: string; bytes: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: Reason };

/**
 * Backs the Library up into a file in OPFS, with progress, then offers it as a download.
 * Cancelling aborts the file, so no partial backup is ever offered.
 */
export function useBackup(): { state: BackupState; start(): void; cancel(): void } {
  const [state, setState] = useState<BackupState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(() => {
    const run = new AbortController();
    controller.current = run;
    setState({ kind: 'running', progress: null });
    const filename = backupFileName(new Date());
    void (async () => {
      try {
        await removeBackupFiles();
        const { handle, writable } = await createBackupFile(filename);
        const manifest = await backUpLibrary(writable, {
          generator: `Liseuse ${browser.runtime.getManifest().version}`,
          settings: await readBackupSettings(),
          signal: run.signal,
          onProgress: (progress) => setState({ kind: 'running', progress }),
        });
        const file = await handle.getFile();
        setState({ kind: 'done', manifest, href: offerDownload(file, filename), filename, bytes: file.size });
      } catch (error) {
        if (run.signal.aborted) {
          await removeBackupFiles().catch((cleanup: unknown) =>
            console.warn('Liseuse: could not remove the cancelled backup', cleanup),
          );
          setState({ kind: 'cancelled' });
          return;
        }
        console.error('Liseuse: backup failed', error);
        setState({ kind: 'failed', reason: toDbFailure(error).reason });
      }
    })();
  }, []);

  const cancel = useCallback(() => controller.current?.abort(new DOMException('Backup cancelled', 'AbortError')), []);
  return { state, start, cancel };
}
