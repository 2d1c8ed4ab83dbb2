import { RunProgressLine } from '../common/RunProgressLine';
import { describeBackupProblem } from '../../lib/backup/describe-backup';
import type { PendingRestore, RestoreState } from '../../lib/options/use-restore';
import { t } from '../../lib/shared/i18n';
import { uiLocale } from '../../lib/shared/ui-locale';
import { RestoreSummaryView } from './RestoreSummaryView';

export type RestorePanelProps = {
  state: RestoreState;
  interrupted: PendingRestore | null;
  onPick(file: File): void;
  onStart(): void;
  onCancel(): void;
};

/** Restore a backup: pick the file, see what it holds (or why it is refused), restore with progress. */
export function RestorePanel({ state, interrupted, onPick, onStart, onCancel }: RestorePanelProps) {
  const running = state.kind === 'running';
  return (
    <section class="options-section" aria-labelledby="restore-heading">
      <h2 id="restore-heading">{t('restoreHeading')}</h2>
      <p>{t('restoreIntro')}</p>
      {interrupted && !running && state.kind !== 'done' && (
        <p class="options-warning" role="status">
          {t('restoreInterrupted', [interrupted.name, String(interrupted.articles)])}
        </p>
      )}
      <label class="options-file">
        {t('restorePick')}{' '}
        <input
          type="file"
          accept=".zip,application/zip"
          disabled={running}
          data-testid="restore-file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onPick(file);
          }}
        />
      </label>
      {state.kind === 'opening' && <p role="status">{t('restoreOpening', state.name)}</p>}
      {state.kind === 'refused' && (
        <p class="options-error" role="alert">
          {describeBackupProblem(state.problem, state.name, t, uiLocale())}
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          <p role="status" data-testid="restore-ready">
            {t('restoreReady', [
              state.name,
              new Date(state.manifest.createdAt).toLocaleString(),
              String(state.manifest.counts.articles),
              String(state.manifest.counts.images),
            ])}
          </p>
          <button type="button" class="button primary" onClick={onStart}>
            {t('restoreStart')}
          </button>
        </>
      )}
      {running && (
        <RunProgressLine
          label={t('restoreRunning', [String(state.progress?.done ?? 0), String(state.progress?.total ?? 0)])}
          progress={state.progress}
          onCancel={onCancel}
          cancelLabel={t('runCancel')}
        />
      )}
      {state.kind === 'done' && <RestoreSummaryView name={state.name} summary={state.summary} />}
      {state.kind === 'cancelled' && (
        <p class="options-result" role="status">
          {t('restoreCancelled')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="options-error" role="alert">
          {t('restoreFailed', state.detail)}
        </p>
      )}
    </section>
  );
}
