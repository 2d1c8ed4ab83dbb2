import { RunProgressLine } from '../common/RunProgressLine';
import type { DownloadsState } from '../../lib/library/use-downloads';
import { t } from '../../lib/shared/i18n';

export type DownloadBarProps = { pendingCount: number; state: DownloadsState; onDownloadAll(): void; onCancel(): void };

/** "12 articles are not downloaded yet — Download all", then its progress and result. */
export function DownloadBar({ pendingCount, state, onDownloadAll, onCancel }: DownloadBarProps) {
  if (state.kind === 'running') {
    const progress = state.progress;
    return (
      <RunProgressLine
        label={t('downloadsRunning', [
          String(progress?.done ?? 0),
          String(progress?.total ?? pendingCount),
          String(progress?.failed ?? 0),
        ])}
        progress={progress}
        onCancel={onCancel}
        cancelLabel={t('runCancel')}
      />
    );
  }
  return (
    <div class="library-downloads" role="status">
      {state.kind === 'done' && (
        <span>{t('downloadsDone', [String(state.done), String(state.total), String(state.failed)])} </span>
      )}
      {pendingCount > 0 && (
        <>
          <span>{t('downloadsPending', String(pendingCount))} </span>
          <button type="button" class="button" onClick={onDownloadAll}>
            {t('downloadsAll')}
          </button>
        </>
      )}
    </div>
  );
}
