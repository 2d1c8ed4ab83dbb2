import type { LibraryItem } from '../shared/library-item';
import { SEARCH_READY_MARK } from '../shared/marks';
import { buildMetaIndex, matchMeta, metaIndexBuilder, type MetaIndex } from '../search/meta-index';
import { rankHits, type SearchHit } from '../search/rank';
import { addTextMatches } from '../search/text-terms';
import { queryTermsOf } from '../search/terms';
import { listLibraryItems } from '../storage/library-items';
import { findInText, findInTextIfComplete } from '../storage/text-index';
import { runTextIndexing } from './text-indexing';
import { nextTask } from '../shared/next-task';

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
  /**
   * The page's list records (all of them when `complete`): the search reads them instead of
   * loading its own. A list that only adds records to the last one (the pages of the list as
   * they are read) costs only the new ones.
   */
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

/**
 * The list as the search indexes it: records are added as they come (the pages of the list being
 * read, then new saves), so the search is complete as soon as the last page is read; a list that
 * drops or replaces records (an edit makes a new record) is indexed anew. The order of the
 * records does not matter: ranking reads scores and save dates, not positions.
 */
function listIndex() {
  const items: LibraryItem[] = [];
  const known = new Set<LibraryItem>();
  const builder = metaIndexBuilder();
  let positionOfDoc = new Int32Array(0);
  const place = (doc: number | null, position: number) => {
    if (doc === null) return;
    if (doc >= positionOfDoc.length) {
      const grown = new Int32Array(Math.max(doc + 1, positionOfDoc.length * 2)).fill(-1);
      grown.set(positionOfDoc);
      positionOfDoc = grown;
    }
    positionOfDoc[doc] = position;
  };
  return {
    /** The records of `list` not indexed yet, or null when `list` lacks some that are (it must be indexed anew). */
    freshIn(list: readonly LibraryItem[]): LibraryItem[] | null {
      // The list as it is read comes 64 times, each time the records so far and one more part, in
      // the same order: compared by position, without a lookup per record (42–62 ms per opening at 10k).
      let samePrefix = list.length >= items.length;
      for (let at = 0; samePrefix && at < items.length; at += 1) samePrefix = list[at] === items[at];
      if (samePrefix) {
        const tail = list.slice(items.length);
        if (!tail.some((item) => known.has(item))) return tail;
      }
      const fresh = list.filter((item) => !known.has(item));
      return list.length - fresh.length === items.length ? fresh : null;
    },
    /** Indexes `fresh` a slice at a time, the page answering input in between; stops early once `stale()`. */
    async add(fresh: readonly LibraryItem[], stale: () => boolean): Promise<void> {
      for (let at = 0; at < fresh.length; at += 1) {
        if (at > 0 && at % INDEX_SLICE === 0) {
          await nextTask();
          if (stale()) return;
        }
        const item = fresh[at]!;
        const position = items.length;
        items.push(item);
        known.add(item);
        // Its text and the words of its highlights and note both lead to it.
        place(item.textDoc, position);
        place(item.noteDoc, position);
        builder.add(item, position);
      }
    },
    /** What a search reads now. */
    snapshot(): SearchedList {
      return { items: [...items], meta: builder.finish(), positionOfDoc };
    },
  };
}

type ListIndex = ReturnType<typeof listIndex>;

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
  let listed: { index: ListIndex; list: SearchedList | null } | null = null;
  let listedComplete = false;
  const currentList = () => (listed ? (listed.list ??= listed.index.snapshot()) : EMPTY_LIST);
  let markComplete!: () => void;
  const complete = new Promise<void>((resolve) => (markComplete = resolve));
  // A whole list that could not be indexed fails the searches waiting for it (the page then shows
  // the quick answer as final) instead of leaving them pending for good; a later list may still complete.
  let markFailed!: (error: unknown) => void;
  const failed = new Promise<never>((_, reject) => (markFailed = reject));
  failed.catch(() => undefined);
  // Lists are indexed one after the other; one given while another waits is skipped for the newer.
  let latest = 0;
  let indexing = Promise.resolve();
  let index = listIndex();
  const use = (items: readonly LibraryItem[], isComplete: boolean) => {
    const version = ++latest;
    const stale = () => version !== latest;
    const indexList = async () => {
      if (stale()) return;
      let fresh = index.freshIn(items);
      if (fresh === null) {
        index = listIndex();
        fresh = [...items];
      }
      const target = index;
      await target.add(fresh, stale);
      // A newer list came meanwhile: it goes on from what this one added (or starts anew).
      if (stale()) return;
      // A part of the list answers quick searches while the first is read; once a whole list was
      // searchable, only another whole one replaces it (a part of a list read again would miss articles).
      if (!isComplete && listedComplete) return;
      // The snapshot is taken when a search reads it: sorting the vocabulary for every page read would cost more than indexing it.
      if (fresh.length > 0 || listed?.index !== target) listed = { index: target, list: null };
      listedComplete ||= isComplete;
      if (isComplete) markComplete();
    };
    // A failure is logged and the next list still indexed: the chain must not stay rejected.
    indexing = indexing.then(indexList).catch((error: unknown) => {
      console.error('Liseuse: could not index the Library to search it', error);
      if (isComplete && !listedComplete && !stale()) markFailed(error);
    });
    return indexing;
  };
  const load = async () => use(await listLibraryItems(), true);
  if (!pageItems)
    void load().catch((error: unknown) => {
      console.error('Liseuse: could not read the Library to search it', error);
      markFailed(error);
    });
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
      if (terms.length === 0) return [];
      const { items, meta } = currentList();
      return rankHits(
        items,
        terms.map((term) => matchMeta(meta, term)),
      );
    },
    async search(query) {
      const terms = queryTermsOf(query);
      if (terms.length === 0) return [];
      // The postings are read at once, while the list may still be loading, beside the check for
      // articles waiting to be indexed: complete when none waited (one read, not two in a row),
      // else read again once none waits. `indexed` also brings the list records read again when
      // articles were indexed after the list was read (their numbers changed).
      const early = await findInTextIfComplete(terms);
      await indexed;
      const inText = early ?? (await findInText(terms));
      // Once both are settled, race takes `complete` (listed first): a list completed since a failure answers.
      await Promise.race([complete, failed]);
      const { items, meta, positionOfDoc } = currentList();
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
