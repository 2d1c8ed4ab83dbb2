import type { IDBPTransaction, StoreNames } from 'idb';
import type { Article } from '../shared/article';
import { libraryItemOf, type LibraryItem } from '../shared/library-item';
import { openLibrary } from './database';
import type { Thumbnail } from '../shared/article';
import type { LiseuseDB } from './schema';

/**
 * The Library's list records (schema v4): one small record per article in `libraryItems`, kept in
 * step with `articles` by putArticle, the one function that writes an article's metadata. The
 * Library reads only these: a few through the `by-shelf` index for its first screen, then all.
 */

type ItemsTx = IDBPTransaction<LiseuseDB, StoreNames<LiseuseDB>[], 'readwrite' | 'versionchange'>;

/** Which list records the first screen shows: the reading list (not archived) or the archive. */
export type Shelf = LibraryItem['shelf'];

/**
 * Writes an article's metadata and its list record together, in the caller's transaction. The
 * record keeps its thumbnail and full-text numbers unless `fields` gives new ones.
 */
export async function putArticle(
  tx: ItemsTx,
  article: Article,
  fields: Partial<Pick<LibraryItem, 'thumbnail' | 'textDoc' | 'noteDoc'>> = {},
): Promise<LibraryItem> {
  const items = tx.objectStore('libraryItems');
  const known = fields.thumbnail !== undefined && fields.textDoc !== undefined && fields.noteDoc !== undefined;
  const previous = known ? undefined : await items.get(article.id);
  const item = libraryItemOf(article, {
    thumbnail: fields.thumbnail !== undefined ? fields.thumbnail : (previous?.thumbnail ?? null),
    textDoc: fields.textDoc !== undefined ? fields.textDoc : (previous?.textDoc ?? null),
    noteDoc: fields.noteDoc !== undefined ? fields.noteDoc : (previous?.noteDoc ?? null),
  });
  await Promise.all([tx.objectStore('articles').put(article), items.put(item)]);
  return item;
}

/**
 * The `count` newest list records of a shelf, read through the `by-shelf` index with a cursor
 * that stops there: the Library's first screen reads exactly its rows, whatever its size.
 */
export async function listFirstItems(count: number, shelf: Shelf = 'reading'): Promise<LibraryItem[]> {
  const db = await openLibrary();
  const range = IDBKeyRange.bound([shelf, -Infinity], [shelf, Infinity]);
  const first: LibraryItem[] = [];
  let cursor = await db.transaction('libraryItems').store.index('by-shelf').openCursor(range, 'prev');
  while (cursor && first.length < count) {
    first.push(cursor.value);
    if (first.length < count) cursor = await cursor.continue();
  }
  return first;
}

/**
 * List records read per request by listLibraryItems: the page decodes each answer in one go, and
 * 50,000 records at once held it for a third of a second.
 */
const ITEMS_PER_READ = 5_000;

/** Every list record, newest save first, read a few thousand at a time. */
export async function listLibraryItems(): Promise<LibraryItem[]> {
  const store = (await openLibrary()).transaction('libraryItems').store;
  const items: LibraryItem[] = [];
  for (;;) {
    const after = items.length > 0 ? IDBKeyRange.lowerBound(items[items.length - 1]!.id, true) : null;
    const page = await store.getAll(after, ITEMS_PER_READ);
    items.push(...page);
    if (page.length < ITEMS_PER_READ) break;
  }
  return items.sort((a, b) => b.savedAt - a.savedAt);
}

/** Reads list records by article id (those that exist). */
export async function getLibraryItems(ids: readonly string[]): Promise<LibraryItem[]> {
  const store = (await openLibrary()).transaction('libraryItems').store;
  const found = await Promise.all(ids.map((id) => store.get(id)));
  return found.filter((item): item is LibraryItem => item !== undefined);
}

/** An article's lead-image thumbnail, by the key its list record holds. */
export async function getThumbnail(key: string): Promise<Thumbnail | undefined> {
  return (await openLibrary()).get('thumbnails', key);
}
