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
 * List records read per request by listLibraryItems: the page decodes each answer in one go
 * (50,000 records at once held it for a third of a second), and works on one while the database
 * reads the next.
 */
const ITEMS_PER_READ = 2_500;

/**
 * Requests of listLibraryItems in flight at once: two, so that the database reads the next part
 * while the page decodes one; not all, so that a search typed meanwhile (a few small reads) waits
 * for one part at most, not for the whole list.
 */
const READS_IN_FLIGHT = 2;

/**
 * Every list record, newest save first, read `perRead` at a time (the bounds of each part
 * come from the keys, read first: a tenth of the cost). `onPage` hears each part as it comes, in
 * key order, so a search can index them meanwhile (lib/library/library-search.ts).
 */
export async function listLibraryItems(
  onPage?: (page: LibraryItem[]) => void,
  perRead = ITEMS_PER_READ,
): Promise<LibraryItem[]> {
  const store = (await openLibrary()).transaction('libraryItems').store;
  const keys = await store.getAllKeys();
  const read = (first: number) =>
    store.getAll(IDBKeyRange.bound(keys[first]!, keys[Math.min(keys.length, first + perRead) - 1]!));
  const requested: Promise<LibraryItem[]>[] = [];
  for (let first = 0; first < keys.length && requested.length < READS_IN_FLIGHT; first += perRead)
    requested.push(read(first));
  const items: LibraryItem[] = [];
  for (let part = 0; part < requested.length; part += 1) {
    const page = await requested[part]!;
    const next = (part + READS_IN_FLIGHT) * perRead;
    if (next < keys.length) requested.push(read(next));
    items.push(...page);
    onPage?.(page);
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
