import { displayTitle } from '../../lib/reader/clean-header';
import { formatDate } from '../../lib/shared/format';
import { t, tn } from '../../lib/shared/i18n';

export type ArticleHeaderProps = {
  title: string;
  byline: string | null;
  siteName: string | null;
  readingMinutes: number;
  /** ISO 8601 date-time from the page. */
  publishedTime: string | null;
  /** Address of the original page, linked as "View original". */
  url: string;
};

/**
 * Title, site, byline, date, reading time and a link to the original. Each item of the line under
 * the title is isolated (<bdi>): English words next to a Hebrew byline keep their own order.
 */
export function ArticleHeader(props: ArticleHeaderProps) {
  const date = formatDate(props.publishedTime);
  return (
    <header class="article-header">
      {props.siteName && (
        <p class="article-site" dir="auto">
          {props.siteName}
        </p>
      )}
      <h1 class="article-title" dir="auto">
        {displayTitle(props.title, props.siteName) || t('untitled')}
      </h1>
      <p class="article-meta">
        {props.byline && <bdi class="article-byline">{props.byline}</bdi>}
        {date && (
          <bdi>
            <time dateTime={props.publishedTime ?? undefined}>{date}</time>
          </bdi>
        )}
        {props.readingMinutes > 0 && (
          <bdi class="article-reading-time">{tn('readingMinutes', Math.max(1, props.readingMinutes))}</bdi>
        )}
        <bdi>
          <a class="article-original" href={props.url} target="_blank" rel="noopener noreferrer">
            {t('viewOriginal')}
          </a>
        </bdi>
      </p>
    </header>
  );
}
