import { describeImportFailure, describeSkippedRow } from '../../lib/import/describe-import';
import type { ImportPlan } from '../../lib/import/plan-import';
import { t } from '../../lib/shared/i18n';
import { uiLocale } from '../../lib/shared/ui-locale';

export type ImportDryRunProps = { plan: ImportPlan; onConfirm(): void; onReset(): void };

/** What an import would do, before anything is written: counts, refused files, rows left out. */
export function ImportDryRun({ plan, onConfirm, onReset }: ImportDryRunProps) {
  const { summary } = plan;
  return (
    <div class="import-dry-run" data-testid="import-dry-run">
      {plan.failures.map((failure) => (
        <p key={`${failure.file}/${failure.entry ?? ''}`} class="options-error" role="alert">
          {describeImportFailure(failure, t, uiLocale())}
        </p>
      ))}
      {summary.articles > 0 ? (
        <p role="status">
          {t('importFound', [
            String(summary.articles),
            String(summary.highlights),
            String(summary.inLibrary),
            String(summary.withContent),
          ])}
        </p>
      ) : (
        <p role="status">{t('importNothing')}</p>
      )}
      {plan.skipped.length > 0 && (
        <details>
          <summary>{t('importSkippedHeading', String(plan.skipped.length))}</summary>
          <ul class="import-skipped">
            {plan.skipped.map((row, index) => (
              <li key={index}>{describeSkippedRow(row, t)}</li>
            ))}
          </ul>
        </details>
      )}
      <p class="options-actions">
        {summary.articles > 0 && (
          <button type="button" class="button primary" onClick={onConfirm}>
            {t('importConfirm', String(summary.articles))}
          </button>
        )}
        <button type="button" class="button" onClick={onReset}>
          {t('importOtherFiles')}
        </button>
      </p>
    </div>
  );
}
