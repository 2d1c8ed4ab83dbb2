import { compactSearchIndex, readSearchIndex, searchText } from '../storage/search-store';
import { SEARCH_READY_MARK } from '../shared/marks';
import { mergeSearchHits } from '../search/merge-hits';
import { applyOps, createSearchIndex, restoreIndex, searchIndex, serializeIndex, type SearchHit, type SearchIndex } from '../search/memory-index';
import { queryTermsOf } from '../search/terms';

/**
 * Past this many journaled changes, the reader that loads the index writes a fresh snapshot:
 * replaying a few changes costs less than serializing 10,000 articles, a long journal does not.
 */
export const COMPACT_AFTER_OPS = 100;

/**
 * The search of an extension page: the in-memory index (titles, sites, tags, the head of the
 * text), loaded once and kept in step with the journal, merged with the full-text postings,
 * which are read from IndexedDB at each search and so are always up to date.
 */
export interface LibrarySearch {
  /** Resolves when the index is loaded (search awaits it, so early typing is not lost). */
  ready: Promise<void>;
  search(query: string): Promise<SearchHit[]>;
  /** Applies changes journaled since the last read (saves from the popup, other tabs, Undo). */
  refresh(): Promise<void>;
}

/** Loads the persisted index (snapshot + journal) and returns a search over it and the full text. */
export function createLibrarySearch(): LibrarySearch {
  let index: SearchIndex = createSearchIndex();
  let lastKey = 0;
  let refreshing: Promise<void> = Promise.resolve();

  const ready = (async () => {
    const stored = await readSearchIndex();
    if (stored.snapshot) index = await restoreIndex(stored.snapshot);
    applyOps(index, stored.ops);
    lastKey = stored.lastKey;
    performance.mark(SEARCH_READY_MARK);
    if (stored.ops.length >= COMPACT_AFTER_OPS) {
      const throughKey = lastKey;
      // After first paint and first search: serializing a large index blocks for a moment.
      setTimeout(() => {
        compactSearchIndex(serializeIndex(index), throughKey).catch((error: unknown) =>
          console.warn('Liseuse: could not compact the search index', error));
      }, 2_000);
    }
  })();

  const refresh = () => {
    // Chained, so two quick refreshes never apply the same changes out of order.
    refreshing = refreshing.then(async () => {
      await ready;
      const stored = await readSearchIndex(lastKey);
      applyOps(index, stored.ops);
      lastKey = stored.lastKey;
    });
    return refreshing;
  };

  return {
    ready,
    refresh,
    async search(query) {
      const terms = queryTermsOf(query);
      if (terms.length === 0) return [];
      // The postings are read while the in-memory index may still be loading.
      const [inText] = await Promise.all([searchText(terms), ready]);
      const inIndex = searchIndex(index, terms.join(' '), { combineWith: 'OR' });
      return mergeSearchHits(terms, inIndex, inText);
    },
  };
}
