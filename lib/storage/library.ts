import type { Article, ArticleBody, ArticleSnapshot } from '../shared/article';
import { clampProgress, type LibraryState } from '../shared/library-state';
import { normalizeTags, tagKey } from '../shared/tags';
import { searchDocOf } from '../search/memory-index';
import { openLibrary } from './database';
import { removeTextPostings, writeTextPostings } from './postings';
import type { DbFailure } from './schema';
import { journalSearchOp } from './search-journal';
import { writeAll } from './transactions';

/**
 * The Library as a whole: reading state and tags of many articles at once, bulk writes, the
 * list's first screen, and the figures the options page shows.
 */

/** A change to the reading state of one or many articles (never the content). */
export type StateChange = Partial<Pick<LibraryState, 'archived' | 'favorite' | 'progress' | 'readAt'>>;

/** Applies `change` to every article in `ids` in one transaction; returns the updated articles. */
export async function updateArticles(
  ids: readonly string[],
  change: StateChange,
): Promise<{ ok: true; articles: Article[] } | DbFailure> {
  return writeAll(async (tx) => {
    const store = tx.objectStore('articles');
    const updated: Article[] = [];
    for (const id of ids) {
      const article = await store.get(id);
      if (!article) continue;
      const next = { ...article, ...change };
      if (change.progress !== undefined) next.progress = clampProgress(change.progress);
      await store.put(next);
      updated.push(next);
    }
    return { ok: true, articles: updated } as const;
  }, ['articles']);
}

/**
 * Applies a different change to each article in one transaction (Undo puts back each article's
 * own earlier state); returns the updated articles.
 */
export async function updateEach(
  changes: readonly { id: string; change: StateChange }[],
): Promise<{ ok: true; articles: Article[] } | DbFailure> {
  return writeAll(async (tx) => {
    const store = tx.objectStore('articles');
    const updated: Article[] = [];
    for (const { id, change } of changes) {
      const article = await store.get(id);
      if (!article) continue;
      const next = { ...article, ...change };
      await store.put(next);
      updated.push(next);
    }
    return { ok: true, articles: updated } as const;
  }, ['articles']);
}

/** Adds and removes tags on many articles at once, keeping the search index in step. */
export async function editTags(
  ids: readonly string[],
  edit: { add?: readonly string[]; remove?: readonly string[] },
): Promise<{ ok: true; articles: Article[] } | DbFailure> {
  const removed = new Set((edit.remove ?? []).map(tagKey));
  return writeAll(async (tx) => {
    const articles = tx.objectStore('articles');
    const updated: Article[] = [];
    for (const id of ids) {
      const article = await articles.get(id);
      if (!article) continue;
      const kept = article.tags.filter((tag) => !removed.has(tagKey(tag)));
      const next = { ...article, tags: normalizeTags([...kept, ...(edit.add ?? [])]) };
      await articles.put(next);
      const body = await tx.objectStore('bodies').get(id);
      await journalSearchOp(tx, { op: 'put', doc: searchDocOf(next, body?.text ?? '') });
      updated.push(next);
    }
    return { ok: true, articles: updated } as const;
  }, ['articles', 'bodies', 'searchIndex']);
}

/**
 * The `count` most recently saved articles, through a cursor that stops there: the first screen
 * of a 10,000-article Library paints without waiting for all of them to be read.
 */
export async function listRecentArticles(count: number): Promise<Article[]> {
  const db = await openLibrary();
  const recent: Article[] = [];
  let cursor = await db.transaction('articles').store.index('by-savedAt').openCursor(null, 'prev');
  while (cursor && recent.length < count) {
    recent.push(cursor.value);
    cursor = await cursor.continue();
  }
  return recent;
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
 * test libraries. The in-memory index learns them through the journal; the full-text postings of
 * the whole batch are gathered in memory and written as one segment.
 */
export async function importArticles(snapshots: readonly ArticleSnapshot[]): Promise<{ ok: true } | DbFailure> {
  return writeAll(async (tx) => {
    for (const { article, body, images } of snapshots) {
      void tx.objectStore('articles').put(article);
      if (body) void tx.objectStore('bodies').put(body);
      for (const image of images) void tx.objectStore('images').put(image);
      void journalSearchOp(tx, { op: 'put', doc: searchDocOf(article, body?.text ?? '') });
    }
    // An article imported again must not keep its old postings next to the new ones.
    await Promise.all(snapshots.map(({ article }) => removeTextPostings(tx, article.id)));
    await writeTextPostings(tx, snapshots.map(({ article, body }) => ({ id: article.id, text: body?.text ?? '' })));
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
