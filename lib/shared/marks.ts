// Performance marks the pages set at the moments the benchmarks time (bench/click-to-view,
// bench/library); one list, so a benchmark and the page can never disagree on a name.

/** The popup asks for the tab's article: the reading the click started (Chrome), or its own. */
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
/** The full-text index has no article left to index and no segment left to merge (the index worker is done). */
export const TEXT_INDEX_IDLE_MARK = 'liseuse:text-index-idle';
/** The popup has the first screen of the article (title, byline, first blocks) from the tab. */
export const FIRST_PART_MARK = 'liseuse:first-part';
/** The popup started saving the article (after the view was painted). */
export const SAVE_START_MARK = 'liseuse:save-start';
/** The popup's bootstrap painted the article's first screen, before the popup's app loaded (lib/popup/first-paint.ts). */
export const FIRST_PAINT_MARK = 'liseuse:first-paint';
/** The popup took the reading the toolbar click started in the background (Chrome). */
export const READING_FROM_CLICK_MARK = 'liseuse:reading-from-click';
