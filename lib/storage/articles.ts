import { libraryStateOf, NEW_ARTICLE_STATE, type LibraryState } from '../shared/library-state';
import type { Article, ArticleBody, ArticleSnapshot, ImageInput, NotesOnDelete } from '../shared/article';
import type { LibraryItem } from '../shared/library-item';
import { withoutHash } from '../shared/urls';
import { requestPersistence, openLibrary } from './database';
import { putArticle } from './library-items';
import { postTexts } from './text-index';
import type { DbFailure, SaveInput, SaveResult } from './schema';
import { mergeLibraryStates } from './merge-articles';
import { writeAll, type WriteTx } from './transactions';
import { indexArticleNotes, putArticleWithText } from './highlights';

/**
 * Articles in the Library: one record each in `articles` (metadata), `libraryItems` (the list
 * record), `bodies`, `images` and `thumbnails`. A save writes them all and the full-text postings
 * in ONE transaction, so an article is never half-written and search is never out of step.
 */

function articleFrom(
  input: SaveInput,
  id: string,
  savedAt: number,
  now: number,
  state: LibraryState = NEW_ARTICLE_STATE,
): Article {
  const e = input.extraction;
  return {
    ...state,
    id,
    url: withoutHash(e.url),
    pageUrl: withoutHash(input.pageUrl),
    title: e.title,
    byline: e.byline,
    siteName: e.siteName,
    lang: e.lang,
    dir: e.dir,
    publishedTime: e.publishedTime,
    excerpt: e.excerpt,
    leadImage: e.leadImage,
    wordCount: e.wordCount,
    readingMinutes: e.readingMinutes,
    savedAt,
    updatedAt: now,
    imageCount: input.images.length,
    missingImageCount: input.missingImageCount,
    ...(input.unavailableImages?.length ? { unavailableImages: input.unavailableImages } : {}),
  };
}

/**
 * Writes an article with its body and images in one transaction. Writing a URL already in the
 * Library updates that article (same id and savedAt, new content, new updatedAt) and replaces
 * its images. Download images BEFORE calling: a transaction cannot wait for the network.
 */
export async function writeArticle(input: SaveInput): Promise<SaveResult> {
  void requestPersistence().catch((error: unknown) => console.warn('Liseuse: persist() failed', error));
  return writeAll(async (tx) => {
    const articles = tx.objectStore('articles');
    const images = tx.objectStore('images');
    const now = Date.now();
    const url = withoutHash(input.extraction.url);
    const atAddress = await articles.index('by-url').get(url);
    const replaced =
      input.replaces && input.replaces !== atAddress?.id ? await articles.get(input.replaces) : undefined;
    const existing = atAddress ?? replaced;
    // A re-save keeps the reader's state (archived, favorite, tags, progress).
    const state =
      atAddress && replaced
        ? mergeLibraryStates(atAddress, replaced)
        : existing
          ? libraryStateOf(existing)
          : NEW_ARTICLE_STATE;
    // Highlights kept when this page's article was deleted come back with it (same article id).
    const kept = existing ? undefined : await tx.objectStore('detachedNotes').get(url);
    if (kept) await tx.objectStore('detachedNotes').delete(url);
    const savedAt = Math.min(atAddress?.savedAt ?? now, replaced?.savedAt ?? now);
    const article = articleFrom(input, existing?.id ?? kept?.articleId ?? crypto.randomUUID(), savedAt, now, state);
    if (existing) {
      for (const key of await images.index('by-article').getAllKeys(existing.id)) await images.delete(key);
    }
    // The imported placeholder merged into the article already at the page's address: one is enough.
    if (atAddress && replaced) await mergeArticleInto(tx, replaced.id, atAddress.id);
    const { html, text } = input.extraction;
    await tx.objectStore('bodies').put({ articleId: article.id, html, text });
    for (const image of input.images) await images.put({ ...image, articleId: article.id });
    const thumbnails = tx.objectStore('thumbnails');
    if (input.thumbnail) await thumbnails.put({ ...input.thumbnail, key: article.id });
    else if (existing) await thumbnails.delete(article.id);
    // The new text gets a new number: the old postings are dead, old words no longer find it.
    // Highlights and a note kept aside, or moved over from the imported placeholder, come back
    // searchable with their article.
    await putArticleWithText(tx, article, text, {
      thumbnail: input.thumbnail ? article.id : null,
      withNotes: Boolean(kept || (atAddress && replaced)),
    });
    return { ok: true, article, created: !existing };
  });
}

/**
 * Adds images to a saved article (once the user allowed their site) and updates its image
 * counts, in one transaction.
 */
export async function addArticleImages(
  articleId: string,
  images: ImageInput[],
  missingImageCount: number,
): Promise<{ ok: true; article: Article } | DbFailure> {
  return writeAll(
    async (tx) => {
      const article = await tx.objectStore('articles').get(articleId);
      if (!article) return { ok: false, reason: 'not-found' } as const;
      for (const image of images) await tx.objectStore('images').put({ ...image, articleId });
      const imageCount = await tx.objectStore('images').index('by-article').count(articleId);
      const next = { ...article, imageCount, missingImageCount };
      await putArticle(tx, next);
      return { ok: true, article: next } as const;
    },
    ['articles', 'libraryItems', 'images'],
  );
}

/** Reads one article's metadata. */
export async function getArticle(id: string): Promise<Article | undefined> {
  return (await openLibrary()).get('articles', id);
}

/** Reads one article's body (HTML and text). */
export async function getArticleBody(id: string): Promise<ArticleBody | undefined> {
  return (await openLibrary()).get('bodies', id);
}

/** Reads one article's stored images, by key (the original image URL). */
export async function getArticleImages(id: string): Promise<Map<string, Blob>> {
  const images = await (await openLibrary()).getAllFromIndex('images', 'by-article', id);
  return new Map(images.map((image) => [image.key, image.blob]));
}

/** The keys (original URLs) of the images stored for an article, without reading their Blobs. */
export async function listImageKeys(id: string): Promise<Set<string>> {
  const keys = await (await openLibrary()).getAllKeysFromIndex('images', 'by-article', id);
  return new Set(keys.map(([, key]) => key));
}

/** Lists the Library, newest save first, metadata only. */
export async function listArticles(): Promise<Article[]> {
  const all = await (await openLibrary()).getAllFromIndex('articles', 'by-savedAt');
  return all.reverse();
}

/** Finds the article saved from `url` (its canonical address or the tab address it came from). */
export async function findArticleByUrl(url: string): Promise<Article | undefined> {
  const db = await openLibrary();
  const key = withoutHash(url);
  return (await db.getFromIndex('articles', 'by-url', key)) ?? db.getFromIndex('articles', 'by-page-url', key);
}

/**
 * Deletes an article with its body and images; returns everything removed, for Undo. Its
 * highlights and note go too (`notes: 'delete'`, the default, and in the snapshot), or stay,
 * set aside under its URL until that page is saved again (`'keep'`).
 */
export async function deleteArticle(
  id: string,
  notes: NotesOnDelete = 'delete',
): Promise<{ ok: true; snapshot: ArticleSnapshot } | DbFailure> {
  return writeAll(async (tx) => {
    const article = await tx.objectStore('articles').get(id);
    if (!article) return { ok: false, reason: 'not-found' } as const;
    const body = (await tx.objectStore('bodies').get(id)) ?? null;
    const images = await tx.objectStore('images').index('by-article').getAll(id);
    const thumbnail = (await tx.objectStore('thumbnails').get(id)) ?? null;
    // Its postings stay until their segment is merged: without a list record, searches skip them.
    await Promise.all([
      tx.objectStore('articles').delete(id),
      tx.objectStore('libraryItems').delete(id),
      tx.objectStore('bodies').delete(id),
      tx.objectStore('thumbnails').delete(id),
      tx.objectStore('textPending').delete(id),
      ...images.map((image) => tx.objectStore('images').delete([id, image.key])),
    ]);
    const snapshot: ArticleSnapshot = { article, body, images, thumbnail };
    if (notes === 'delete') snapshot.notes = await deleteNotesOf(tx, id);
    else if (await hasNotes(tx, id)) {
      await tx
        .objectStore('detachedNotes')
        .put({ url: article.url, articleId: id, title: article.title, detachedAt: Date.now() });
    }
    return { ok: true, snapshot } as const;
  });
}

/**
 * Everything stored for the article a save of `url` would update (the same lookup as
 * writeArticle), read in one transaction: what Undo puts back after an update.
 */
export async function snapshotArticleAt(url: string): Promise<ArticleSnapshot | null> {
  const tx = (await openLibrary()).transaction(['articles', 'bodies', 'images', 'thumbnails'], 'readonly');
  const article = await tx.objectStore('articles').index('by-url').get(withoutHash(url));
  if (!article) return null;
  const [body, images, thumbnail] = await Promise.all([
    tx.objectStore('bodies').get(article.id),
    tx.objectStore('images').index('by-article').getAll(article.id),
    tx.objectStore('thumbnails').get(article.id),
  ]);
  return { article, body: body ?? null, images, thumbnail: thumbnail ?? null };
}

/**
 * Folds the article `fromId` into `toId`: its highlights move over (the note too, when `toId` has
 * none; else the two notes are joined), and every other record of it goes.
 */
async function mergeArticleInto(tx: WriteTx, fromId: string, toId: string): Promise<void> {
  const images = tx.objectStore('images');
  // Its postings stay until their segment is merged: without a list record, searches skip them.
  await Promise.all([
    tx.objectStore('articles').delete(fromId),
    tx.objectStore('libraryItems').delete(fromId),
    tx.objectStore('bodies').delete(fromId),
    tx.objectStore('thumbnails').delete(fromId),
    tx.objectStore('textPending').delete(fromId),
    ...(await images.index('by-article').getAllKeys(fromId)).map((key) => images.delete(key)),
  ]);
  const highlights = tx.objectStore('highlights');
  for (const highlight of await highlights.index('by-article').getAll(fromId))
    await highlights.put({ ...highlight, articleId: toId });
  const notes = tx.objectStore('notes');
  const moving = await notes.get(fromId);
  if (moving) {
    const staying = await notes.get(toId);
    await notes.delete(fromId);
    await notes.put(
      staying
        ? {
            ...staying,
            text: `${staying.text}\n\n${moving.text}`,
            updatedAt: Math.max(staying.updatedAt, moving.updatedAt),
          }
        : { ...moving, articleId: toId },
    );
  }
}

async function hasNotes(tx: WriteTx, articleId: string): Promise<boolean> {
  const highlights = await tx.objectStore('highlights').index('by-article').count(articleId);
  return highlights > 0 || (await tx.objectStore('notes').count(articleId)) > 0;
}

async function deleteNotesOf(tx: WriteTx, articleId: string): Promise<NonNullable<ArticleSnapshot['notes']>> {
  const highlights = await tx.objectStore('highlights').index('by-article').getAll(articleId);
  const note = (await tx.objectStore('notes').get(articleId)) ?? null;
  for (const highlight of highlights) await tx.objectStore('highlights').delete(highlight.id);
  if (note) await tx.objectStore('notes').delete(articleId);
  return { highlights, note };
}

/**
 * Puts back an article as `snapshot` holds it, with the same id and dates: after `deleteArticle`
 * (Undo of a delete, notes included), or over a newer save of it (Undo of an update), whose
 * images and thumbnail go.
 */
export async function restoreArticle(snapshot: ArticleSnapshot): Promise<{ ok: true; item: LibraryItem } | DbFailure> {
  const result = await restoreArticles([snapshot]);
  return result.ok ? { ok: true, item: result.items[0] } : result;
}

/**
 * Puts back articles as their snapshots hold them (Undo of a delete of several, or of an update),
 * all in ONE transaction: either every one is back, or none is and Undo can be tried again.
 * Returns their list records.
 */
export async function restoreArticles(
  snapshots: readonly ArticleSnapshot[],
): Promise<{ ok: true; items: LibraryItem[] } | DbFailure> {
  return writeAll(async (tx) => {
    const imageStore = tx.objectStore('images');
    for (const { article, body, images, thumbnail } of snapshots) {
      for (const key of await imageStore.index('by-article').getAllKeys(article.id)) await imageStore.delete(key);
      if (body) await tx.objectStore('bodies').put(body);
      for (const image of images) await imageStore.put(image);
      if (thumbnail) await tx.objectStore('thumbnails').put(thumbnail);
      else await tx.objectStore('thumbnails').delete(article.id);
    }
    // New numbers for the texts put back: the newer saves' postings are dead from now on.
    const numbers = await postTexts(tx, new Map(snapshots.map(({ article, body }) => [article.id, body?.text ?? ''])));
    const items: LibraryItem[] = [];
    for (const snapshot of snapshots) {
      const { article, thumbnail } = snapshot;
      await putArticle(tx, article, {
        thumbnail: thumbnail?.key ?? null,
        textDoc: numbers.get(article.id) ?? null,
        noteDoc: null,
      });
      const kept = await tx.objectStore('detachedNotes').get(article.url);
      if (kept?.articleId === article.id) await tx.objectStore('detachedNotes').delete(article.url);
      if (snapshot.notes) {
        for (const highlight of snapshot.notes.highlights) await tx.objectStore('highlights').put(highlight);
        if (snapshot.notes.note) await tx.objectStore('notes').put(snapshot.notes.note);
      }
      // Its highlights and note, put back or kept aside meanwhile, are searchable again.
      await indexArticleNotes(tx, article.id);
      items.push((await tx.objectStore('libraryItems').get(article.id))!);
    }
    return { ok: true, items } as const;
  });
}
