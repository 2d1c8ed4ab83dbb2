import type { LibraryItem } from '../shared/library-item';
import { sameTag } from '../shared/tags';
import { hostOf } from '../shared/urls';
import { formatDate, sameDay } from '../shared/format';

/**
 * Which part of the Library is shown. "all" leaves out archived articles, as a reading list does;
 * "highlights" shows the articles with highlights or a note, archived ones included.
 */
export type LibraryFilter = 'all' | 'unread' | 'archived' | 'favorites' | 'highlights';

/** Order of the list when no search is typed (a search orders by relevance). */
export type LibrarySort = 'newest' | 'oldest' | 'site';

/** What the reader chose to see. */
export interface LibraryQuery {
  filter: LibraryFilter;
  sort: LibrarySort;
  /** Only articles with this tag (compared case-insensitively), or all when null. */
  tag: string | null;
}

/** The Library as first shown: unarchived articles, newest first. */
export const DEFAULT_QUERY: LibraryQuery = { filter: 'all', sort: 'newest', tag: null };

function keeps(article: LibraryItem, query: LibraryQuery, annotated: ReadonlySet<string>): boolean {
  const wanted = query.tag;
  if (wanted && !article.tags.some((tag) => sameTag(tag, wanted))) return false;
  switch (query.filter) {
    case 'all':
      return !article.archived;
    case 'unread':
      return !article.archived && article.readAt === undefined;
    case 'archived':
      return article.archived;
    case 'favorites':
      return article.favorite;
    case 'highlights':
      return annotated.has(article.id);
  }
}

/** The site an article is shown under: its declared name, else its host (lib/shared/urls.ts). */
export function siteLabel(article: Pick<LibraryItem, 'siteName' | 'url'>): string {
  return article.siteName ?? hostOf(article.url);
}

const siteSortKey = (article: LibraryItem) => siteLabel(article).toLocaleLowerCase();

const COMPARATORS: Record<LibrarySort, (a: LibraryItem, b: LibraryItem) => number> = {
  newest: (a, b) => b.savedAt - a.savedAt,
  oldest: (a, b) => a.savedAt - b.savedAt,
  site: (a, b) => siteSortKey(a).localeCompare(siteSortKey(b)) || b.savedAt - a.savedAt,
};

const NONE: ReadonlySet<string> = new Set();

/**
 * The articles to list, in order. With `hits` (search results, best first) the list keeps their
 * order and the filters still apply; without, it is sorted by `query.sort`. `annotated` holds
 * the ids of the articles with highlights or a note (the "highlights" filter).
 */
export function viewLibrary(
  articles: readonly LibraryItem[],
  query: LibraryQuery,
  hits?: readonly { id: string }[] | null,
  annotated: ReadonlySet<string> = NONE,
): LibraryItem[] {
  if (hits) {
    const byId = new Map(articles.map((article) => [article.id, article]));
    return hits.map((hit) => byId.get(hit.id)).filter((a): a is LibraryItem => !!a && keeps(a, query, annotated));
  }
  return articles.filter((article) => keeps(article, query, annotated)).sort(COMPARATORS[query.sort]);
}

/**
 * What an empty list says. Until the answer is whole (`settled`: the whole list read, and a
 * search's full answer in) an empty list proves nothing: every article may be archived, or
 * found further on, or match in its text only; so it says the list is loading.
 */
export function emptyListMessage(
  articles: readonly LibraryItem[] | null,
  settled: boolean,
): 'loading' | 'libraryEmpty' | 'libraryNoMatch' {
  if (articles === null || !settled) return 'loading';
  return articles.length === 0 ? 'libraryEmpty' : 'libraryNoMatch';
}

/**
 * The dates a row shows: when the piece was published, and when it was saved if that was on
 * another day (an old essay saved today shows both; a news story saved the day it came out, one).
 */
export function rowDates(article: Pick<LibraryItem, 'publishedTime' | 'savedAt'>): {
  published: string | null;
  saved: string | null;
} {
  const published = formatDate(article.publishedTime, 'short');
  const saved = formatDate(article.savedAt, 'short');
  if (!published || !article.publishedTime) return { published: null, saved };
  return { published, saved: sameDay(article.publishedTime, article.savedAt) ? null : saved };
}
