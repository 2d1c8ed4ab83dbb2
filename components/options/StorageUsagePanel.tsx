import type { StorageUsage } from '../../lib/options/use-storage-usage';
import { messageKeyFor } from '../../lib/shared/errors';
import { formatBytes, storageLevel } from '../../lib/options/storage-report';
import { t } from '../../lib/shared/i18n';

export type StorageUsagePanelProps = { usage: StorageUsage | null; libraryHref: string };

/** Articles, images, total and quota, with a clear message when space runs out. */
export function StorageUsagePanel({ usage, libraryHref }: StorageUsagePanelProps) {
  if (!usage) return <p>{t('loading')}</p>;
  const level = storageLevel(usage.usage, usage.quota);
  const percent = usage.quota > 0 ? Math.round((usage.usage / usage.quota) * 1000) / 10 : 0;
  return (
    <section class="storage-usage" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('storageHeading')}</h2>
      <dl>
        <dt>{t('storageArticles')}</dt>
        <dd data-testid="storage-articles">{usage.articles.toLocaleString()}</dd>
        <dt>{t('storageImages')}</dt>
        <dd data-testid="storage-images">{t('storageImagesValue', [usage.images.toLocaleString(), formatBytes(usage.imageBytes)])}</dd>
        <dt>{t('storageTotal')}</dt>
        <dd data-testid="storage-total">{formatBytes(usage.usage)}</dd>
        <dt>{t('storageQuota')}</dt>
        <dd data-testid="storage-quota">
          {usage.quota > 0 ? t('storageQuotaValue', [formatBytes(usage.quota), String(percent)]) : t('storageQuotaUnknown')}
        </dd>
      </dl>
      <meter min={0} max={1} low={0.75} high={0.9} optimum={0} value={usage.quota > 0 ? usage.usage / usage.quota : 0} aria-label={t('storageTotal')} />
      {level !== 'ok' && (
        <p class="storage-warning" role="alert">
          {t(level === 'full' ? messageKeyFor('quota') : 'storageNearlyFull')}{' '}
          <a href={libraryHref}>{t('openLibrary')}</a>
        </p>
      )}
      <p class="storage-note">{t(usage.persisted ? 'storagePersisted' : 'storageNotPersisted')}</p>
    </section>
  );
}
