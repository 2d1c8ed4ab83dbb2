import type { ArticleSnapshot } from '../shared/article';
import type { Highlight, Note } from '../highlights/highlight';
import { openLibrary } from './database';
import type { DetachedNotes } from './schema';

/** How many article ids are read per request while walking the Library. */
const ID_BATCH = 500;

/**
 * Yields every article with its body, images, highlights and note, one at a time and in id order, each read in its
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
      const tx = db.transaction(['articles', 'bodies', 'images', 'thumbnails', 'highlights', 'notes']);
      const [article, body, images, thumbnail, highlights, note] = await Promise.all([
        tx.objectStore('articles').get(id),
        tx.objectStore('bodies').get(id),
        tx.objectStore('images').index('by-article').getAll(id),
        tx.objectStore('thumbnails').get(id),
        tx.objectStore('highlights').index('by-article').getAll(id),
        tx.objectStore('notes').get(id),
      ]);
      // Deleted since the ids were listed: nothing to copy.
      if (article)
        yield {
          article,
          body: body ?? null,
          images,
          thumbnail: thumbnail ?? null,
          notes: { highlights, note: note ?? null },
        };
    }
    if (ids.length < ID_BATCH) return;
    after = ids[ids.length - 1]!;
  }
}

/** How many articles the Library holds (for progress and estimates). */
export async function countArticles(): Promise<number> {
  return (await openLibrary()).count('articles');
}

/** Highlights and a note the reader kept when deleting their article, with the record that names them. */
export interface DetachedSnapshot {
  record: DetachedNotes;
  highlights: Highlight[];
  note: Note | null;
}

/**
 * Every set of detached highlights and notes (articles deleted with "keep my notes"), for a
 * backup: there are at most as many as deleted pages, each small, read in one transaction.
 */
export async function listDetachedNotes(): Promise<DetachedSnapshot[]> {
  const db = await openLibrary();
  const tx = db.transaction(['detachedNotes', 'highlights', 'notes']);
  const records = await tx.objectStore('detachedNotes').getAll();
  return Promise.all(
    records.map(async (record) => ({
      record,
      highlights: await tx.objectStore('highlights').index('by-article').getAll(record.articleId),
      note: (await tx.objectStore('notes').get(record.articleId)) ?? null,
    })),
  );
}
