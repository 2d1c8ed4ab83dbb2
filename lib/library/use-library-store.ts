import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getArticleBody } from '../storage/articles';
import { getThumbnail, listFirstItems, listLibraryItems } from '../storage/library-items';
import { toDbFailure } from '../storage/transactions';
import type { LibraryItem } from '../shared/library-item';
import type { Reason } from '../shared/errors';
import { snippetAround } from '../search/snippets';
import { listTags } from '../storage/library';
import { listAnnotatedArticleIds } from '../storage/highlights';
import { writeNoteDrafts } from '../storage/note-drafts';
import type { NotesFormat } from '../export/export-notes';
import { useLibraryActions, type LibraryActions, type LibraryFailure } from './use-library-actions';
import { createLibrarySearch, type LibrarySearch } from './library-search';
import { DEFAULT_QUERY, viewLibrary, type LibraryQuery } from './library-view';
import type { SearchHit } from '../search/rank';
import { nextTask } from '../shared/next-task';

/** Everything the Library page shows and can do; built once per page by useLibraryStore. */
export interface LibraryStore extends Omit<LibraryActions, 'failure'> {
  /** The list records; null while loading; only the first screen's until `complete`. */
  articles: LibraryItem[] | null;
  /** False while only the first screen of articles is loaded. */
  complete: boolean;
  /** The list as shown: filtered, sorted or ordered by relevance. */
  rows: LibraryItem[];
  /** Matched folded terms per article id while a search is typed. */
  matches: ReadonlyMap<string, string[]>;
  query: LibraryQuery;
  setQuery(query: LibraryQuery): void;
  text: string;
  setText(text: string): void;
  tags: string[];
  /** Row with the keyboard focus, -1 when none. */
  active: number;
  setActive(index: number): void;
  /** Ids of the articles with highlights or a note; read with the whole list (empty until `complete`). */
  annotated: ReadonlySet<string>;
  /** Which of `ids` have highlights or a note, read from the database while the list is not complete. */
  annotatedAmong(ids: readonly string[]): Promise<string[]>;
  /** True while the rows are a search's quick answer (titles, sites, tags) and its full answer is not in. */
  provisional: boolean;
  /** Exports the notes of `ids` (in list order) and downloads the file; null when done, else why not. */
  exportNotes(ids: readonly string[], format: NotesFormat): Promise<string | null>;
  /** Why the Library could not be listed, or the last action failed. */
  failure: LibraryFailure | null;
  /** A passage of the article's text around the matched words, for search results. */
  loadSnippet(id: string, terms: readonly string[]): Promise<string | null>;
  /** A row's lead-image thumbnail (its list record's `thumbnail` key), null when it has none. */
  loadThumbnail(key: string): Promise<Blob | null>;
  /** Reads the list again (downloads changed articles); the search follows the list it is given. */
  refresh(): void;
}

/**
 * How long a search may take before the answer from the list records at hand is shown: while the
 * list or the index is still loading, the first keystrokes get titles, sites and tags at once,
 * refined when the full answer comes; once loaded, the full answer usually comes first and nothing
 * flickers. A quick answer shown is `provisional` (no count, no "no match") until the full one is
 * in: after an import, texts still waiting to be indexed hold the full answer back for a while.
 */
const QUICK_ANSWER_AFTER_MS = 50;

/**
 * Resolves once the rows just set are painted: Preact renders them (and runs layout effects) in a
 * microtask, so they are in the DOM by the next animation frame, and a task queued from that
 * frame runs after it is painted.
 */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * The Library page's state and actions over lib/storage/ and the search. `firstRows` is how many
 * rows the first screen shows: exactly those list records are read before the first paint;
 * `firstScreen` is that read when the page started it before its first render.
 */
export function useLibraryStore({
  firstRows,
  firstScreen,
}: {
  firstRows: number;
  firstScreen?: Promise<LibraryItem[]>;
}): LibraryStore {
  const [articles, setArticles] = useState<LibraryItem[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY);
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [provisional, setProvisional] = useState(false);
  const [tags, setTags] = useState<string[]>([]);
  const [active, setActive] = useState(-1);
  const [failure, setFailure] = useState<Reason | null>(null);
  const [annotated, setAnnotated] = useState<ReadonlySet<string>>(new Set());
  const searchRef = useRef<LibrarySearch | null>(null);
  const listRef = useRef({ articles, complete, annotated });
  listRef.current = { articles, complete, annotated };
  const reloadRef = useRef(() => undefined as void);
  // While the whole list is read, a search typed meanwhile indexes each part as it comes: it is
  // complete as soon as the last part is read, not after the page renders the list.
  const readSoFar = useRef<{ items: LibraryItem[]; all: boolean }>({ items: [], all: false });
  const listAllItems = useCallback((painted?: Promise<void>) => {
    readSoFar.current = { items: [], all: false };
    return listLibraryItems(
      (page, last) => {
        readSoFar.current = { items: [...readSoFar.current.items, ...page], all: last };
        searchRef.current?.setItems(readSoFar.current.items, last);
      },
      // The sort of the whole list waits a task: a search that the last part completed answers first.
      { narrowUntil: painted, beforeSort: nextTask },
    );
  }, []);
  const search = useCallback(() => {
    if (!searchRef.current) {
      searchRef.current = createLibrarySearch({ pageItems: true, onReindexed: () => reloadRef.current() });
      const { articles: known, complete: isComplete } = listRef.current;
      // Typed while the list is read: the part read so far is more than the first screen.
      const read = readSoFar.current;
      const partial = !isComplete && read.items.length > (known?.length ?? 0);
      searchRef.current.setItems(partial ? read.items : (known ?? []), partial ? read.all : isComplete);
    }
    return searchRef.current;
  }, []);
  // The search reads the list the page holds: the first screen, then all, then every change.
  useEffect(() => searchRef.current?.setItems(articles ?? [], complete), [articles, complete]);

  const reload = useCallback(
    async (firstTime = false) => {
      try {
        // Exactly the rows on screen, through an index: the first paint waits for nothing else.
        if (firstTime) setArticles(await (firstScreen ?? listFirstItems(firstRows)));
        const painted = firstTime ? afterPaint() : undefined;
        // The whole list is asked for before that paint, a part at a time until it is painted:
        // the database reads while the page renders.
        const listing = listAllItems(painted);
        await painted;
        // Notes a reader tab closed with are written first: a delete asks about notes it knows of.
        const withNotesRead = writeNoteDrafts().then(listAnnotatedArticleIds);
        const [list, allTags, withNotes] = await Promise.all([listing, listTags(), withNotesRead]);
        setArticles(list);
        setComplete(true);
        setTags(allTags);
        setAnnotated(withNotes);
      } catch (error) {
        console.error('Liseuse: could not list the Library', error);
        setFailure(toDbFailure(error).reason);
      }
    },
    [firstRows, firstScreen, listAllItems],
  );
  reloadRef.current = () => void reload();

  useEffect(() => {
    let live = true;
    // The search (and the index worker it starts) once the whole list is there, after the first paint.
    void reload(true).then(() => live && search());
    // Articles saved from the popup or deleted in another tab show up when coming back.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload, search]);

  useEffect(() => {
    if (!text.trim()) {
      setHits(null);
      setProvisional(false);
      return;
    }
    let live = true;
    let answered = false;
    const searching = search();
    const quick = setTimeout(() => {
      if (!live || answered) return;
      setHits(searching.quickSearch(text));
      setProvisional(true);
    }, QUICK_ANSWER_AFTER_MS);
    searching.search(text).then(
      (found) => {
        answered = true;
        if (!live) return;
        setHits(found);
        setProvisional(false);
      },
      (error: unknown) => {
        console.error('Liseuse: search failed', error);
        // Titles, sites and tags are then the best answer there is: shown as final, not as loading.
        answered = true;
        if (!live) return;
        setHits(searching.quickSearch(text));
        setProvisional(false);
      },
    );
    return () => {
      live = false;
      clearTimeout(quick);
    };
  }, [text, search]);

  const rows = useMemo(
    () => (articles ? viewLibrary(articles, query, hits, annotated) : []),
    [articles, query, hits, annotated],
  );
  const matches = useMemo(() => new Map((hits ?? []).map((hit) => [hit.id, hit.terms])), [hits]);
  useEffect(() => setActive((at) => Math.min(at, rows.length - 1)), [rows.length]);

  // After an action: the tags and the articles with notes may have changed (the search follows
  // the list records through setItems).
  const afterChange = useCallback(async () => {
    try {
      const [allTags, withNotes] = await Promise.all([listTags(), listAnnotatedArticleIds()]);
      setTags(allTags);
      setAnnotated(withNotes);
    } catch (error) {
      console.warn('Liseuse: could not refresh the tags or notes', error);
    }
  }, []);
  const actions = useLibraryActions(rows, setArticles, afterChange);

  // Before the whole list is read the set is still empty: a delete must not skip the question
  // of what becomes of the notes because they were not read yet.
  const annotatedAmong = useCallback(async (ids: readonly string[]) => {
    const { complete: isComplete, annotated: known } = listRef.current;
    const withNotes = isComplete ? known : await writeNoteDrafts().then(listAnnotatedArticleIds);
    return ids.filter((id) => withNotes.has(id));
  }, []);

  // Stable, so rows do not read their thumbnail again on every render.
  const loadThumbnail = useCallback(async (key: string) => (await getThumbnail(key))?.blob ?? null, []);

  // Stable, so rows do not read their passage again on every render.
  const loadSnippet = useCallback(async (id: string, terms: readonly string[]) => {
    const body = await getArticleBody(id);
    return body ? snippetAround(body.text, terms) : null;
  }, []);

  return {
    ...actions,
    articles,
    complete,
    rows,
    matches,
    query,
    setQuery,
    text,
    setText,
    tags,
    active,
    setActive,
    annotated,
    annotatedAmong,
    provisional,
    // The exporters (zip, EPUB, templates: most of the page's code) load when first used, not with the list.
    exportNotes: async (ids, format) => (await import('../export/notes-download')).downloadNotes(ids, format),
    failure: failure ? { reason: failure } : actions.failure,
    loadSnippet,
    loadThumbnail,
    refresh: () => void reload(),
  };
}
