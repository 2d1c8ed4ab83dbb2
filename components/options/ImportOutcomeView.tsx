import type { ImportOutcome } from '../../lib/import/import-into-library';
import { messageKeyFor } from '../../lib/shared/errors';
import { t } from '../../lib/shared/i18n';

export type ImportOutcomeViewProps = { outcome: ImportOutcome; libraryHref: string };

/** What an import did, with the way to the Library where pages are downloaded. */
export function ImportOutcomeView({ outcome, libraryHref }: ImportOutcomeViewProps) {
  const reasons = [...new Set(outcome.failed.map((failure) => t(messageKeyFor(failure.reason))))];
  return (
    <div class="options-result" role="status" data-testid="import-done">
      <p>
        {t('importDone', [
          String(outcome.added),
          String(outcome.merged),
          String(outcome.highlights),
          String(outcome.notes),
          String(outcome.notDownloaded),
        ])}{' '}
        <a href={libraryHref}>{t('openLibrary')}</a>
      </p>
      {outcome.failed.length > 0 && (
        <p class="options-error" role="alert">
          {t('importFailedItems', [String(outcome.failed.length), reasons.join(' ')])}
        </p>
      )}
    </div>
  );
}
