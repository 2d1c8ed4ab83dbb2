import { describeBackupProblem } from '../../lib/backup/describe-backup';
import type { RestoreSummary } from '../../lib/backup/restore-library';
import { t } from '../../lib/shared/i18n';
import { uiLocale } from '../../lib/shared/ui-locale';

export type RestoreSummaryViewProps = { name: string; summary: RestoreSummary };

/** What a restore did: counts, the articles it could not restore, what it could not store yet. */
export function RestoreSummaryView({ name, summary }: RestoreSummaryViewProps) {
  return (
    <div class="options-result" role="status" data-testid="restore-done">
      <p>
        {t('restoreDone', [
          name,
          String(summary.added),
          String(summary.merged),
          String(summary.unchanged),
          String(summary.skipped),
        ])}
      </p>
      {summary.stoppedBy === 'quota' && (
        <p class="options-error" role="alert">
          {t('restoreStoppedFull')}
        </p>
      )}
      {summary.failed.length > 0 && (
        <details open>
          <summary>{t('restoreFailedArticles', String(summary.failed.length))}</summary>
          <ul>
            {summary.failed.map(({ folder, problem }) => (
              <li key={folder}>{describeBackupProblem(problem, name, t, uiLocale())}</li>
            ))}
          </ul>
        </details>
      )}
      {summary.annotations > 0 && <p>{t('restoreAnnotations', String(summary.annotations))}</p>}
      {summary.annotationsNotRestored > 0 && (
        <p class="options-error">{t('restoreAnnotationsFailed', String(summary.annotationsNotRestored))}</p>
      )}
    </div>
  );
}
