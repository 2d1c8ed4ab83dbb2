import type { StorageUsage } from '../../lib/options/use-storage-usage';
import { messageKeyFor } from '../../lib/shared/errors';
import { formatBytes, storageLevel } from '../../lib/options/storage-report';
import { formatNumber } from '../../lib/shared/format';
import { t, tn, uiLocale } from '../../lib/shared/i18n';

export type StorageUsagePanelProps = { usage: StorageUsage | null; libraryHref: string };

/** Articles, images, total and quota in the UI's language, with a clear message when space runs out. */
export function StorageUsagePanel({ usage, libraryHref }: StorageUsagePanelProps) {
  if (!usage) return <p>{t('loading')}</p>;
  const locale = uiLocale();
  const level = storageLevel(usage.usage, usage.quota);
  const share = usage.quota > 0 ? usage.usage / usage.quota : 0;
  const percent = formatNumber(share, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <div class="storage-usage">
      <dl>
        <dt>{t('storageArticles')}</dt>
        <dd data-testid="storage-articles">{formatNumber(usage.articles)}</dd>
        <dt>{t('storageImages')}</dt>
        <dd data-testid="storage-images">
          {tn('storageImagesValue', usage.images, formatBytes(usage.imageBytes, locale))}
        </dd>
        <dt>{t('storageTotal')}</dt>
        <dd data-testid="storage-total">{formatBytes(usage.usage, locale)}</dd>
        <dt>{t('storageQuota')}</dt>
        <dd data-testid="storage-quota">
          {usage.quota > 0
            ? t('storageQuotaValue', [formatBytes(usage.quota, locale), percent])
            : t('storageQuotaUnknown')}
        </dd>
      </dl>
      <meter min={0} max={1} low={0.75} high={0.9} optimum={0} value={share} aria-label={t('storageTotal')} />
      {level !== 'ok' && (
        <p class="storage-warning" role="alert">
          {t(level === 'full' ? messageKeyFor('quota') : 'storageNearlyFull')}{' '}
          <a href={libraryHref}>{t('openLibrary')}</a>
        </p>
      )}
      <p class="storage-note">{t(usage.persisted ? 'storagePersisted' : 'storageNotPersisted')}</p>
    </div>
  );
}
