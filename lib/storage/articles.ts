// TEMPORARY shim (issue 7, branch issue7-tests): the final names the lead is giving the storage
// API on main. Drop this file at merge; main's lib/storage/articles.ts replaces it.
export { saveArticle as writeArticle, getArticle, listArticles } from './database';
