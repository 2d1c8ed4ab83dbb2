import { deleteArticle, getArticle, listArticles, writeArticle } from '../../lib/storage/articles';
import { forEachBody, importArticles, libraryStats, updateArticles } from '../../lib/storage/library';
import { readSearchIndex, rebuildSearchIndex } from '../../lib/storage/search-store';
import { createLibrarySearch } from '../../lib/library/library-search';
import { foldText } from '../../lib/shared/text';

/** The Library functions the real-browser tests and bench/library call to seed and inspect data. */
export const libraryTestHooks = {
  writeArticle, deleteArticle, getArticle, listArticles, importArticles, rebuildSearchIndex, updateArticles, libraryStats,
  readSearchIndex, createLibrarySearch, foldText, forEachBody,
};

declare global {
  // Reached with Playwright's page.evaluate on the extension's own page only: web pages cannot
  // see an extension page's globals, so this opens nothing to the outside.
  var liseuseLibrary: typeof libraryTestHooks | undefined;
}

/**
 * Puts the hooks on the Library page's window: tests and the benchmark seed thousands of articles
 * through them in one transaction instead of clicking through pages one by one.
 */
export function exposeLibraryTestHooks(): void {
  globalThis.liseuseLibrary = libraryTestHooks;
}
