import { RunProgressLine } from '../common/RunProgressLine';
import { formatBytes } from '../../lib/options/storage-report';
import type { BackupState } from '../../lib/options/use-backup';
import { messageKeyFor } from '../../lib/shared/errors';
import { t } from '../../lib/shared/i18n';

export type BackupPanelProps = { state: BackupState; onStart(): void; onCancel(): void };

/** Back up the whole Library into one file: a button, progress with an estimate, the file. */
export function BackupPanel({ state, onStart, onCancel }: BackupPanelProps) {
  return (
    <section class="options-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p>{t('backupIntro')}</p>
      {state.kind === 'running' ? (
        <RunProgressLine
          label={t('backupRunning', [
            String(state.progress?.done ?? 0),
            String(state.progress?.total ?? 0),
            formatBytes(state.progress?.bytes ?? 0),
          ])}
          progress={state.progress}
          onCancel={onCancel}
          cancelLabel={t('runCancel')}
        />
      ) : (
        <button type="button" class="button primary" onClick={onStart}>
          {t('backupStart')}
        </button>
      )}
      {state.kind === 'done' && (
        <p class="options-result" role="status" data-testid="backup-done">
          {t('backupDone', [
            String(state.manifest.counts.articles),
            String(state.manifest.counts.images),
            formatBytes(state.bytes),
            state.filename,
          ])}{' '}
          <a href={state.href} download={state.filename}>
            {t('backupDownloadAgain')}
          </a>
        </p>
      )}
      {state.kind === 'cancelled' && (
        <p class="options-result" role="status">
          {t('backupCancelled')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="options-error" role="alert">
          {t(messageKeyFor(state.reason))}
        </p>
      )}
    </section>
  );
}
