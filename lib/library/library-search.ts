import type { LibraryItem } from '../shared/library-item';
import { SEARCH_READY_MARK } from '../shared/marks';
import { buildMetaIndex, matchMeta, metaIndexBuilder, type MetaIndex } from '../search/meta-index';
import { rankHits, type SearchHit } from '../search/rank';
import { addTextMatches } from '../search/text-terms';
import { queryTermsOf } from '../search/terms';
import { listLibraryItems } from '../storage/library-items';
import { findInText } from '../storage/text-index';
import { runTextIndexing } from './text-indexing';

/**
 * The search of an extension page. Titles, sites and tags are matched in memory, from the list
 * records the page shows anyway (lib/search/meta-index.ts: prefixes and typos); every word of
 * the text is matched in the full-text index in IndexedDB (lib/storage/text-index.ts), which
 * needs no loading. A search typed while the list is still loading is answered at once from the
 * records at hand (quickSearch), then in full.
 */
export interface LibrarySearch {
  /** Resolves when every article is searchable: the list records known, no text waiting to be indexed. */
  ready: Promise<void>;
  /** The page's list records (all of them when `complete`): the search reads them instead of loading its own. */
  setItems(items: readonly LibraryItem[], complete: boolean): void;
  /** An answer from the titles, sites and tags of the records at hand, without waiting for anything. */
  quickSearch(query: string): SearchHit[];
  /** The full answer: titles, sites, tags and every word of every text. */
  search(query: string): Promise<SearchHit[]>;
  /** Reads the list records again (saves from the popup, another tab, Undo) when the page does not give them. */
  refresh(): Promise<void>;
}

/** What the search holds of the list: the records, their in-memory index, and full-text number → position. */
interface SearchedList {
  items: readonly LibraryItem[];
  meta: MetaIndex;
  /** Position of the record holding each full-text number, -1 for none (a flat array: looked up per posting). */
  positionOfDoc: Int32Array;
}

/** Articles indexed between two yields to the page: a slice costs a few milliseconds. */
const INDEX_SLICE = 2_000;

/** What the search needs of `items`, built a slice at a time with the page answering input in between. */
async function searchedList(items: readonly LibraryItem[]): Promise<SearchedList> {
  const last = items.reduce((max, item) => Math.max(max, item.textDoc ?? -1, item.noteDoc ?? -1), -1);
  const positionOfDoc = new Int32Array(last + 1).fill(-1);
  const builder = metaIndexBuilder();
  for (let position = 0; position < items.length; position += 1) {
    if (position > 0 && position % INDEX_SLICE === 0) await yieldToPage();
    const item = items[position]!;
    // Its text and the words of its highlights and note both lead to it.
    if (item.textDoc !== null) positionOfDoc[item.textDoc] = position;
    if (item.noteDoc !== null) positionOfDoc[item.noteDoc] = position;
    builder.add(item, position);
  }
  return { items, meta: builder.finish(), positionOfDoc };
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const EMPTY_LIST: SearchedList = { items: [], meta: buildMetaIndex([]), positionOfDoc: new Int32Array(0) };

/**
 * Creates the search. With `pageItems`, the page hands it the list records it reads anyway
 * (setItems); otherwise the search reads them itself. `onReindexed` hears when articles were
 * indexed after the list was read (after an upgrade or a rebuild): their records changed.
 */
export function createLibrarySearch({
  pageItems = false,
  onReindexed,
}: { pageItems?: boolean; onReindexed?: () => void } = {}): LibrarySearch {
  let list = EMPTY_LIST;
  let markComplete!: () => void;
  const complete = new Promise<void>((resolve) => (markComplete = resolve));
  // A newer list given while one is still being indexed replaces it: only the last one is used.
  let latest = 0;
  const use = async (items: readonly LibraryItem[], isComplete: boolean) => {
    const version = ++latest;
    const next = await searchedList(items);
    if (version !== latest) return;
    list = next;
    if (isComplete) markComplete();
  };
  const load = async () => use(await listLibraryItems(), true);
  if (!pageItems)
    void load().catch((error: unknown) => console.error('Liseuse: could not read the Library to search it', error));
  // Articles indexed meanwhile got their numbers after the list was read: read it again.
  const indexed = runTextIndexing().then(async (waited) => {
    if (!waited) return;
    await use(await listLibraryItems(), true);
    onReindexed?.();
  });
  const ready = Promise.all([complete, indexed]).then(() => {
    performance.mark(SEARCH_READY_MARK);
  });

  return {
    ready,
    setItems(items, isComplete) {
      void use(items, isComplete);
    },
    quickSearch(query) {
      const terms = queryTermsOf(query);
      return terms.length === 0
        ? []
        : rankHits(
            list.items,
            terms.map((term) => matchMeta(list.meta, term)),
          );
    },
    async search(query) {
      const terms = queryTermsOf(query);
      if (terms.length === 0) return [];
      // The postings are read once nothing waits to be indexed, while the list may still be loading.
      const inText = await indexed.then(() => findInText(terms));
      await complete;
      const { items, meta, positionOfDoc } = list;
      const positionOf = (doc: number) => (doc < positionOfDoc.length ? positionOfDoc[doc]! : -1);
      return rankHits(
        items,
        terms.map((term, i) => {
          const matches = matchMeta(meta, term);
          addTextMatches(matches, inText[i] ?? [], positionOf);
          return matches;
        }),
      );
    },
    async refresh() {
      if (!pageItems) await load();
    },
  };
}
