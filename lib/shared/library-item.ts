import type { Article } from './article';
import { libraryStateOf, type LibraryState } from './library-state';

/**
 * The list record of one article (schema v4, store `libraryItems`): what a row of the Library
 * shows and what its filters and its search by title, site and tag read, and nothing else. The
 * Library's first screen reads a handful of these through an index; the whole list is a few
 * hundred bytes per article, never a body, an image or the search index.
 */
export interface LibraryItem
  extends
    LibraryState,
    Pick<
      Article,
      | 'id'
      | 'url'
      | 'title'
      | 'siteName'
      | 'excerpt'
      | 'readingMinutes'
      | 'savedAt'
      | 'updatedAt'
      | 'publishedTime'
      | 'notDownloaded'
    > {
  /** 'archive' when archived, else 'reading': the key of the `by-shelf` index (IndexedDB keys cannot be booleans). */
  shelf: 'reading' | 'archive';
  /** Key of the article's small lead-image thumbnail in the `thumbnails` store, or null when it has none. */
  thumbnail: string | null;
  /** The article's number in the full-text index (lib/storage/text-index.ts), or null until it is indexed. */
  textDoc: number | null;
  /** The number of its highlights' and note's words in the full-text index, or null when it has none. */
  noteDoc: number | null;
}

/**
 * Excerpts are cut to this many characters in list records: two lines of a row show about 200, and
 * the full excerpt stays on the article.
 */
export const ITEM_EXCERPT_CHARS = 240;

/** The list record of `article`, with its thumbnail key and full-text numbers. */
export function libraryItemOf(
  article: Article,
  { thumbnail, textDoc, noteDoc }: Pick<LibraryItem, 'thumbnail' | 'textDoc' | 'noteDoc'>,
): LibraryItem {
  const state = libraryStateOf(article);
  const excerpt =
    article.excerpt && article.excerpt.length > ITEM_EXCERPT_CHARS
      ? `${article.excerpt.slice(0, ITEM_EXCERPT_CHARS).trimEnd()}…`
      : article.excerpt;
  return {
    ...state,
    id: article.id,
    url: article.url,
    title: article.title,
    siteName: article.siteName,
    excerpt,
    readingMinutes: article.readingMinutes,
    savedAt: article.savedAt,
    updatedAt: article.updatedAt,
    publishedTime: article.publishedTime,
    shelf: state.archived ? 'archive' : 'reading',
    thumbnail,
    textDoc,
    noteDoc,
    // Imported without its page: the Library marks it and "Download all" fetches it.
    ...(article.notDownloaded ? { notDownloaded: true as const } : {}),
  };
}
