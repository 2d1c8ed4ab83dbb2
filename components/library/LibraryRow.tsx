import type { LibraryItem } from '../../lib/shared/library-item';
import { rowDates, siteLabel } from '../../lib/library/library-view';
import { useLibraryRow } from '../../lib/library/use-library-row';
import { displayTitle } from '../../lib/reader/clean-header';
import { t, tn } from '../../lib/shared/i18n';
import { Highlighted } from './Highlighted';
import { Thumbnail } from './Thumbnail';

/** Height of one row in pixels; .library-row in library.css has the same. */
export const ROW_HEIGHT = 116;

const NO_TERMS: readonly string[] = [];

export type LibraryRowProps = {
  article: LibraryItem;
  index: number;
  /** Rows in the whole list, for screen readers ("5 of 2006"). */
  total: number;
  href: string;
  newTab: boolean;
  active: boolean;
  selected: boolean;
  /** Folded words a search matched in this article, to highlight. */
  terms?: readonly string[];
  onSelect(id: string): void;
  onActivate(index: number): void;
  loadSnippet?(id: string, terms: readonly string[]): Promise<string | null>;
  /** Reads a stored thumbnail by its key (the list record's `thumbnail`). */
  loadThumbnail?(key: string): Promise<Blob | null>;
};

/** One saved article: thumbnail, title on up to two lines, site and dates, excerpt or matched passage. */
export function LibraryRow({
  article,
  index,
  total,
  href,
  newTab,
  active,
  selected,
  terms = NO_TERMS,
  onSelect,
  onActivate,
  loadSnippet,
  loadThumbnail,
}: LibraryRowProps) {
  const thumbnail = loadThumbnail ? { key: article.thumbnail, load: loadThumbnail } : undefined;
  const { snippet, link, image } = useLibraryRow(article.id, active, terms, loadSnippet, thumbnail);
  const percent = Math.round(article.progress * 100);
  const site = siteLabel(article);
  const dates = rowDates(article);
  const titleId = `row-title-${article.id}`;
  return (
    <li
      class="library-row"
      data-id={article.id}
      data-active={active || undefined}
      data-selected={selected || undefined}
      aria-current={active || undefined}
      aria-posinset={index + 1}
      aria-setsize={total}
      style={{ height: `${ROW_HEIGHT}px` }}
    >
      <input
        type="checkbox"
        class="library-row-check"
        checked={selected}
        aria-labelledby={titleId}
        onChange={() => onSelect(article.id)}
      />
      <Thumbnail image={image} site={site} />
      <div class="library-row-main">
        <a
          id={titleId}
          class="library-row-title"
          href={href}
          target={newTab ? '_blank' : undefined}
          rel={newTab ? 'noopener' : undefined}
          dir="auto"
          onFocus={() => onActivate(index)}
          ref={link}
        >
          {article.favorite && (
            <span class="library-row-star" role="img" aria-label={t('libraryFavorite')}>
              ★
            </span>
          )}
          <Highlighted text={displayTitle(article.title, article.siteName) || t('untitled')} terms={terms} />
        </a>
        <p class="library-row-meta">
          <span class="library-row-site">
            <bdi>
              <Highlighted text={site} terms={terms} />
            </bdi>
          </span>
          {dates.published && <span>{t('libraryPublished', dates.published)}</span>}
          {dates.saved && <span>{t('librarySaved', dates.saved)}</span>}
          {/* An article not downloaded yet has no text to time. */}
          {!article.notDownloaded && <span>{tn('readingMinutes', Math.max(1, article.readingMinutes))}</span>}
          {article.progress > 0 && (
            <span class="library-row-progress">
              <progress max={100} value={percent} aria-label={t('libraryProgress', String(percent))} />
            </span>
          )}
          {article.archived && <span class="library-row-badge">{t('libraryArchivedBadge')}</span>}
          {article.notDownloaded && (
            <span class="library-row-badge library-row-pending">{t('libraryNotDownloadedBadge')}</span>
          )}
          {article.tags.map((tag) => (
            <bdi key={tag} class="library-row-tag">
              #<Highlighted text={tag} terms={terms} />
            </bdi>
          ))}
        </p>
        <p class="library-row-excerpt" dir="auto">
          <Highlighted text={snippet ?? article.excerpt ?? ''} terms={terms} />
        </p>
      </div>
    </li>
  );
}
