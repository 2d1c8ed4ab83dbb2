import { t } from '../../lib/shared/i18n';

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

/** Title, site, byline, date, reading time and a link to the original. */
export function ArticleHeader(props: ArticleHeaderProps) {
  const date = formatDate(props.publishedTime);
  return (
    <header class="article-header">
      {props.siteName && <p class="article-site">{props.siteName}</p>}
      <h1 class="article-title">{props.title || t('untitled')}</h1>
      <p class="article-meta">
        {props.byline && <span class="article-byline">{props.byline}</span>}
        {date && <time dateTime={props.publishedTime ?? undefined}>{date}</time>}
        <span class="article-reading-time">{t('readingTime', String(Math.max(1, props.readingMinutes)))}</span>
        <a class="article-original" href={props.url} target="_blank" rel="noopener noreferrer">
          {t('viewOriginal')}
        </a>
      </p>
    </header>
  );
}

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}
