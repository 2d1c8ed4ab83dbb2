import { t } from '../lib/t';

/** What the library list shows of one saved article. */
export type LibraryEntry = {
  id: string;
  title: string;
  siteName: string | null;
  readingMinutes: number;
  /** Epoch milliseconds of the first save. */
  savedAt: number;
};

export type LibraryItemProps = { article: LibraryEntry; href: string; newTab: boolean };

/** One saved article: title, site, reading time and save date, as a link to the reader. */
export function LibraryItem({ article, href, newTab }: LibraryItemProps) {
  const saved = new Date(article.savedAt).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
  const meta = [article.siteName, t('readingTime', String(Math.max(1, article.readingMinutes))), saved];
  return (
    <li class="library-item" data-id={article.id}>
      <a href={href} target={newTab ? '_blank' : undefined} rel={newTab ? 'noopener' : undefined}>
        <span class="library-item-title">{article.title || t('untitled')}</span>
        <span class="library-item-meta">{meta.filter(Boolean).join(' · ')}</span>
      </a>
    </li>
  );
}
