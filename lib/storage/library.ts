import type { ArticleBody, ArticleSnapshot } from '../shared/article';
import { clampProgress, type LibraryState } from '../shared/library-state';
import type { LibraryItem } from '../shared/library-item';
import { normalizeTags, tagKey } from '../shared/tags';
import { openLibrary } from './database';
import { putArticle } from './library-items';
import type { DbFailure } from './schema';
import { postTexts } from './text-index';
import { writeAll } from './transactions';

/**
 * The Library as a whole: reading state and tags of many articles at once, bulk writes, and the
 * figures the options page shows.
 */

/** A change to the reading state of one or many articles (never the content). */
export type StateChange = Partial<Pick<LibraryState, 'archived' | 'favorite' | 'progress' | 'readAt'>>;

/**
 * Applies `change` to every article in `ids` in one transaction (article and list record);
 * returns the updated list records.
 */
export async function updateArticles(
  ids: readonly string[],
  change: StateChange,
): Promise<{ ok: true; items: LibraryItem[] } | DbFailure> {
  return updateEach(ids.map((id) => ({ id, change })));
}

/**
 * Applies a different change to each article in one transaction (Undo puts back each article's
 * own earlier state); returns the updated list records.
 */
export async function updateEach(
  changes: readonly { id: string; change: StateChange }[],
): Promise<{ ok: true; items: LibraryItem[] } | DbFailure> {
  return writeAll(
    async (tx) => {
      const store = tx.objectStore('articles');
      const updated: LibraryItem[] = [];
      for (const { id, change } of changes) {
        const article = await store.get(id);
        if (!article) continue;
        const next = { ...article, ...change };
        if (change.progress !== undefined) next.progress = clampProgress(change.progress);
        updated.push(await putArticle(tx, next));
      }
      return { ok: true, items: updated } as const;
    },
    ['articles', 'libraryItems'],
  );
}

/**
 * Adds and removes tags on many articles at once; returns the updated list records. Search reads
 * tags from the list records, so the full-text index has nothing to change.
 */
export async function editTags(
  ids: readonly string[],
  edit: { add?: readonly string[]; remove?: readonly string[] },
): Promise<{ ok: true; items: LibraryItem[] } | DbFailure> {
  const removed = new Set((edit.remove ?? []).map(tagKey));
  return writeAll(
    async (tx) => {
      const articles = tx.objectStore('articles');
      const updated: LibraryItem[] = [];
      for (const id of ids) {
        const article = await articles.get(id);
        if (!article) continue;
        const kept = article.tags.filter((tag) => !removed.has(tagKey(tag)));
        updated.push(await putArticle(tx, { ...article, tags: normalizeTags([...kept, ...(edit.add ?? [])]) }));
      }
      return { ok: true, items: updated } as const;
    },
    ['articles', 'libraryItems'],
  );
}

/** Every tag in the Library, once each, from the `by-tag` index. */
export async function listTags(): Promise<string[]> {
  const db = await openLibrary();
  const tags: string[] = [];
  let cursor = await db.transaction('articles').store.index('by-tag').openKeyCursor(null, 'nextunique');
  while (cursor) {
    tags.push(String(cursor.key));
    cursor = await cursor.continue();
  }
  return tags;
}

/**
 * Stores many articles (with bodies and images) in one transaction: imports, restores and large
 * test libraries. The full-text postings of the whole batch are gathered in memory and written as
 * one segment; an article imported again gets a new number, so its old postings are dead.
 */
export async function importArticles(snapshots: readonly ArticleSnapshot[]): Promise<{ ok: true } | DbFailure> {
  return writeAll(async (tx) => {
    for (const { body, images, thumbnail } of snapshots) {
      if (body) void tx.objectStore('bodies').put(body);
      for (const image of images) void tx.objectStore('images').put(image);
      if (thumbnail) void tx.objectStore('thumbnails').put(thumbnail);
    }
    const numbers = await postTexts(tx, new Map(snapshots.map(({ article, body }) => [article.id, body?.text ?? ''])));
    await Promise.all(
      snapshots.map(({ article, thumbnail }) =>
        putArticle(tx, article, { thumbnail: thumbnail?.key ?? null, textDoc: numbers.get(article.id) ?? null }),
      ),
    );
    return { ok: true } as const;
  });
}

/** How much the Library holds: article count and the bytes of its stored images. */
export async function libraryStats(): Promise<{ articles: number; images: number; imageBytes: number }> {
  const db = await openLibrary();
  const tx = db.transaction(['articles', 'images']);
  const articles = await tx.objectStore('articles').count();
  let images = 0;
  let imageBytes = 0;
  // A cursor, not getAll: only one image record is held at a time (Blob sizes need no reading).
  let cursor = await tx.objectStore('images').openCursor();
  while (cursor) {
    images += 1;
    imageBytes += cursor.value.blob.size;
    cursor = await cursor.continue();
  }
  return { articles, images, imageBytes };
}

/** Bodies read per request by forEachBody: one request per record is what makes cursors slow. */
const BODY_BATCH = 200;

/**
 * Calls `visit` with every saved body, a batch at a time so that memory holds only a batch (a
 * full scan: rebuilding the search index, exports, and the naive search bench/library compares with).
 */
export async function forEachBody(visit: (body: ArticleBody) => void): Promise<void> {
  const db = await openLibrary();
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const batch: ArticleBody[] = await db.getAll('bodies', range, BODY_BATCH);
    batch.forEach(visit);
    if (batch.length < BODY_BATCH) return;
    after = batch[batch.length - 1]!.articleId;
  }
}
