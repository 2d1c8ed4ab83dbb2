import type { LibraryFilter, LibraryQuery, LibrarySort } from '../../lib/library/library-view';
import { t, tn } from '../../lib/shared/i18n';
import { useFocusOnMount } from '../../lib/shared/use-focus-on-mount';

const FILTERS: { value: LibraryFilter; key: string }[] = [
  { value: 'all', key: 'libraryFilterAll' },
  { value: 'unread', key: 'libraryFilterUnread' },
  { value: 'favorites', key: 'libraryFilterFavorites' },
  { value: 'archived', key: 'libraryFilterArchived' },
  { value: 'highlights', key: 'libraryFilterHighlights' },
];

const SORTS: { value: LibrarySort; key: string }[] = [
  { value: 'newest', key: 'librarySortNewest' },
  { value: 'oldest', key: 'librarySortOldest' },
  { value: 'site', key: 'librarySortSite' },
];

export type LibraryToolbarProps = {
  text: string;
  onText(text: string): void;
  query: LibraryQuery;
  onQuery(query: LibraryQuery): void;
  tags: string[];
  searchRef: { current: HTMLInputElement | null };
  /** Puts the focus in the search field when the toolbar shows. */
  autoFocus?: boolean;
  /** How many rows are shown, announced to screen readers; null while still counting. */
  count: number | null;
  /** Opens "Export notes" (absent where exporting is not offered). */
  onExport?(): void;
  /** False while the whole list is not read: the articles with notes are not all known yet. */
  exportReady?: boolean;
};

/** Search field, filters (unread, favorites, archived, tag) and sort order of the Library. */
export function LibraryToolbar({
  text,
  onText,
  query,
  onQuery,
  tags,
  searchRef,
  autoFocus = false,
  count,
  onExport,
  exportReady = true,
}: LibraryToolbarProps) {
  useFocusOnMount(searchRef, autoFocus);
  return (
    <div class="library-toolbar">
      <input
        ref={searchRef}
        type="search"
        class="library-search"
        value={text}
        placeholder={t('librarySearchPlaceholder')}
        aria-label={t('librarySearchLabel')}
        aria-keyshortcuts="/"
        onInput={(event) => onText(event.currentTarget.value)}
      />
      <div class="library-filters" role="group" aria-label={t('libraryFilterLabel')}>
        {FILTERS.map((filter) => (
          <button
            key={filter.value}
            type="button"
            class="button"
            aria-pressed={query.filter === filter.value}
            onClick={() => onQuery({ ...query, filter: filter.value })}
          >
            {t(filter.key)}
          </button>
        ))}
      </div>
      {tags.length > 0 && (
        <label class="library-select">
          <span>{t('libraryTagLabel')}</span>
          <select
            value={query.tag ?? ''}
            onChange={(event) => onQuery({ ...query, tag: event.currentTarget.value || null })}
          >
            <option value="">{t('libraryTagAny')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
      )}
      <label class="library-select">
        <span>{t('librarySortLabel')}</span>
        <select
          value={query.sort}
          disabled={text.trim() !== ''}
          title={text.trim() ? t('librarySortByRelevance') : undefined}
          onChange={(event) => onQuery({ ...query, sort: event.currentTarget.value as LibrarySort })}
        >
          {SORTS.map((sort) => (
            <option key={sort.value} value={sort.value}>
              {t(sort.key)}
            </option>
          ))}
        </select>
      </label>
      {onExport && (
        <button type="button" class="button" onClick={onExport} disabled={!exportReady}>
          {t('exportButton')}
        </button>
      )}
      <span class="library-count" role="status">
        {count === null ? '' : tn('libraryCount', count)}
      </span>
    </div>
  );
}
