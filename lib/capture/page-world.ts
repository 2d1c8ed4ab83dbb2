import type { ArticleRead } from '../extract/run-steps';

/**
 * Time the extraction may take in the tab before it gives up (reason 'timeout'), for the first
 * part and again for the rest. The extension stops waiting a second later (extract-in-tab.ts), so
 * the reader has an answer within 5 s.
 */
export const IN_TAB_BUDGET_MS = 4_000;

/**
 * Where the first script (extract-page.ts) leaves the article it read for the second
 * (finish-page.ts): the page's isolated world, which every script Liseuse injects into a frame shares.
 */
const ARTICLE_KEY = 'liseuseArticleRead';

/** An article nobody came to finish (the popup closed) is dropped after this long. */
const KEPT_MS = 60_000;

type World = Record<string, ArticleRead | undefined>;

/** Leaves `article` in the page's isolated world for the script that finishes it. */
export function leaveArticle(article: ArticleRead): void {
  const world = globalThis as unknown as World;
  world[ARTICLE_KEY] = article;
  setTimeout(() => {
    if (world[ARTICLE_KEY] === article) delete world[ARTICLE_KEY];
  }, KEPT_MS);
}

/** The article the first script left in this frame, taken once (undefined when there is none). */
export function takeArticle(): ArticleRead | undefined {
  const world = globalThis as unknown as World;
  const article = world[ARTICLE_KEY];
  delete world[ARTICLE_KEY];
  return article;
}
