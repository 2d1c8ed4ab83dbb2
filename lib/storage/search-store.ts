// TEMPORARY shim (issue 7, branch issue7-tests): the final home of the search index's storage on
// main. Drop this file at merge; main's lib/storage/search-store.ts replaces it.
export { readSearchIndex, rebuildSearchIndex } from './library';
