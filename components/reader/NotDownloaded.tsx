import type { ArticleDownload } from '../../lib/reader/use-article-download';
import type { Article } from '../../lib/shared/article';
import { messageKeyFor } from '../../lib/shared/errors';
import { t } from '../../lib/shared/i18n';

export type NotDownloadedProps = { article: Article; download: ArticleDownload; onDownload(): void };

/** An article imported without its page: where it is, and the button that downloads and cleans it. */
export function NotDownloaded({ article, download, onDownload }: NotDownloadedProps) {
  return (
    <section class="message not-downloaded" aria-labelledby="not-downloaded-title">
      <h1 id="not-downloaded-title" dir="auto">
        {article.title || article.url}
      </h1>
      <p>{t('readerNotDownloaded')}</p>
      {download.kind === 'downloading' ? (
        <p role="status">{t('readerDownloading')}</p>
      ) : (
        <p>
          <button type="button" class="button primary" onClick={onDownload}>
            {t('readerDownloadNow')}
          </button>{' '}
          <a class="button link" href={article.url} target="_blank" rel="noopener noreferrer">
            {t('readerOpenOriginal')}
          </a>
        </p>
      )}
      {download.kind === 'failed' && <p role="alert">{t(messageKeyFor(download.reason))}</p>}
    </section>
  );
}
