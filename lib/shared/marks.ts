/** Performance mark set once the Library's first rows are painted (read by bench/library). */
export const LIBRARY_PAINTED_MARK = 'liseuse:library-painted';

/** Performance mark set when a page's search index is loaded (read by bench/library). */
export const SEARCH_READY_MARK = 'liseuse:search-ready';
