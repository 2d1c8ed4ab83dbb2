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
 * Where listLibraryItems cuts the list: article ids are random UUIDs (crypto.randomUUID), so one
 * range per four values of their first two hex digits splits any library into 64 parts of about
 * the same size without reading the keys first (reading them took 100–200 ms at 10,000 articles,
 * before the first part could be asked for). The page decodes each part in one go: at 50,000
 * articles a part is about 800 records, a few milliseconds. An id of any other form still falls
 * in a part: the first range is open below, the last above.
 */
const PART_BOUNDS = Array.from({ length: 63 }, (_, at) => ((at + 1) * 4).toString(16).padStart(2, '0'));

/** The key ranges of listLibraryItems' parts, in key order, together covering every key. */
function listPartRanges(): IDBKeyRange[] {
  return [undefined, ...PART_BOUNDS].map((lower, at) => {
    const upper = PART_BOUNDS[at];
    if (lower === undefined) return IDBKeyRange.upperBound(upper, true);
    return upper === undefined ? IDBKeyRange.lowerBound(lower) : IDBKeyRange.bound(lower, upper, false, true);
  });
}

/**
 * Requests of listLibraryItems in flight at once: four, so that the database always has a part
 * to read while the page decodes another; not all, so that a search typed meanwhile (a few small
 * reads) waits behind a few small parts at most, not behind the whole list.
 */
const READS_IN_FLIGHT = 4;

/**
 * Every list record, newest save first, read a part at a time (listPartRanges). `onPage` hears
 * each part as it comes, in key order (empty ones only when last), so a search can index them
 * meanwhile (lib/library/library-search.ts). Until `narrowUntil` resolves (the page's first paint)
 * one part at a time is asked for, so that no more than one part's decoding can delay that paint
 * (at 50,000 articles, four parts of 800 in flight, or two of 3,000, put it at 1.33× the options page's).
 * The final sort waits for `beforeSort` when given.
 */
export async function listLibraryItems(
  onPage?: (page: LibraryItem[], last: boolean) => void,
  { narrowUntil, beforeSort }: { narrowUntil?: Promise<unknown>; beforeSort?: () => Promise<unknown> } = {},
): Promise<LibraryItem[]> {
  const store = (await openLibrary()).transaction('libraryItems').store;
  const ranges = listPartRanges();
  let wide = !narrowUntil;
  void narrowUntil?.then(() => (wide = true));
  const requested: Promise<LibraryItem[]>[] = [];
  // Requests can only be made while the transaction is active: at the start, then as each part comes.
  const askFor = (received: number) => {
    const inFlight = wide ? READS_IN_FLIGHT : 1;
    while (requested.length < ranges.length && requested.length - received < inFlight)
      requested.push(store.getAll(ranges[requested.length]!));
  };
  askFor(0);
  const items: LibraryItem[] = [];
  for (let part = 0; part < ranges.length; part += 1) {
    const page = await requested[part]!;
    askFor(part + 1);
    items.push(...page);
    const last = part === ranges.length - 1;
    if (page.length > 0 || last) onPage?.(page, last);
  }
  await beforeSort?.();
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
