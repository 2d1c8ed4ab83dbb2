import { formatDuration } from '../../lib/shared/format-duration';
import { t } from '../../lib/shared/i18n';
import type { RunProgress } from '../../lib/shared/run-progress';
import './run-progress.css';

export type RunProgressLineProps = {
  /** The sentence so far ("Backing up: 12 of 340 articles"). */
  label: string;
  progress: RunProgress | null;
  onCancel(): void;
  cancelLabel: string;
};

/** A long run's progress bar, counts, time left and a way to stop it, announced politely. */
export function RunProgressLine({ label, progress, onCancel, cancelLabel }: RunProgressLineProps) {
  const remaining = progress?.remainingMs;
  return (
    <div class="run-progress" role="status">
      <progress max={progress?.total || 1} value={progress?.done ?? undefined} aria-label={label} />
      <span>
        {label}
        {remaining !== null && remaining !== undefined && ` · ${t('progressRemaining', formatDuration(remaining))}`}
      </span>
      <button type="button" class="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
