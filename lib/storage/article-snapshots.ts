import type { ArticleSnapshot } from '../shared/article';
import { openLibrary } from './database';

/** How many article ids are read per request while walking the Library. */
const ID_BATCH = 500;

/**
 * Yields every article with its body and images, one at a time and in id order, each read in its
 * own short transaction: a backup of 10,000 articles holds one article in memory, and the
 * Library stays usable while it runs (an article saved meanwhile is included if its id comes
 * later, as in any copy of a live library).
 */
export async function* eachArticleSnapshot(signal?: AbortSignal): AsyncGenerator<ArticleSnapshot> {
  const db = await openLibrary();
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const ids: string[] = await db.getAllKeys('articles', range, ID_BATCH);
    for (const id of ids) {
      signal?.throwIfAborted();
      const tx = db.transaction(['articles', 'bodies', 'images']);
      const [article, body, images] = await Promise.all([
        tx.objectStore('articles').get(id),
        tx.objectStore('bodies').get(id),
        tx.objectStore('images').index('by-article').getAll(id),
      ]);
      // Deleted since the ids were listed: nothing to copy.
      if (article) yield { article, body: body ?? null, images };
    }
    if (ids.length < ID_BATCH) return;
    after = ids[ids.length - 1]!;
  }
}

/** How many articles the Library holds (for progress and estimates). */
export async function countArticles(): Promise<number> {
  return (await openLibrary()).count('articles');
}
