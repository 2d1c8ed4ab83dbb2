// Performance marks the pages set at the moments the benchmarks time (bench/click-to-view,
// bench/library); one list, so a benchmark and the page can never disagree on a name.

/** The popup starts extracting the tab's article. */
export const EXTRACT_START_MARK = 'liseuse:extract-start';
/** The popup has the extraction back from the tab. */
export const EXTRACTED_MARK = 'liseuse:extracted';
/** An article view is in the DOM and painted. */
export const ARTICLE_PAINTED_MARK = 'liseuse:article-painted';
/** The article shown in the popup is saved, images included. */
export const SAVED_MARK = 'liseuse:saved';
/** The Library's first rows are painted. */
export const LIBRARY_PAINTED_MARK = 'liseuse:library-painted';
/** A page's search index is loaded. */
export const SEARCH_READY_MARK = 'liseuse:search-ready';
