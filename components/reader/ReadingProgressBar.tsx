import { t } from '../../lib/shared/i18n';

export type ReadingProgressBarProps = { progress: number };

/** A thin line along the top of the reader: how much of the piece is behind the reader. */
export function ReadingProgressBar({ progress }: ReadingProgressBarProps) {
  const percent = Math.round(progress * 100);
  return (
    <div
      class="reader-progress"
      role="progressbar"
      aria-label={t('readerProgressLabel')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={t('libraryProgress', String(percent))}
    >
      <div class="reader-progress-done" style={{ inlineSize: `${percent}%` }} />
    </div>
  );
}
