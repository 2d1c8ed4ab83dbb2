import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getArticleBody, listArticles } from '../storage/articles';
import { toDbFailure } from '../storage/transactions';
import type { Article, NotesOnDelete } from '../shared/article';
import type { Reason } from '../shared/errors';
import { snippetAround } from '../search/snippets';
import { listRecentArticles, listTags } from '../storage/library';
import { listAnnotatedArticleIds } from '../storage/highlights';
import type { NotesFormat } from '../export/export-notes';
import { downloadNotes } from '../export/notes-download';
import { changeArticles, deleteArticles, tagArticles, undoAction, type ActionResult, type UndoRecord } from './library-actions';
import { createLibrarySearch, type LibrarySearch } from './library-search';
import { DEFAULT_QUERY, viewLibrary, type LibraryQuery } from './library-view';
import type { SearchHit } from '../search/memory-index';

/** The undoable action just done, for the Undo bar. */
export interface PendingUndo {
  /** i18n key of the message ("3 articles deleted"). */
  messageKey: 'libraryDeleted' | 'libraryArchived' | 'libraryUnarchived';
  count: number;
  record: UndoRecord;
}

/** Everything the Library page shows and can do; built once per page by useLibraryStore. */
export interface LibraryStore {
  /** null while loading; only the newest ones until `complete`. */
  articles: Article[] | null;
  /** False while only the first screen of articles is loaded. */
  complete: boolean;
  /** The list as shown: filtered, sorted or ordered by relevance. */
  rows: Article[];
  /** Matched folded terms per article id while a search is typed. */
  matches: ReadonlyMap<string, string[]>;
  query: LibraryQuery;
  setQuery(query: LibraryQuery): void;
  text: string;
  setText(text: string): void;
  tags: string[];
  selected: ReadonlySet<string>;
  toggleSelect(id: string): void;
  setSelected(ids: ReadonlySet<string>): void;
  active: number;
  setActive(index: number): void;
  archive(ids: readonly string[], archived: boolean): void;
  favorite(ids: readonly string[], favorite: boolean): void;
  tag(ids: readonly string[], edit: { add?: string[]; remove?: string[] }): void;
  /** Deletes articles; their highlights and notes too, unless `notes` is 'keep'. */
  remove(ids: readonly string[], notes?: NotesOnDelete): void;
  /** Ids of the articles with highlights or a note. */
  annotated: ReadonlySet<string>;
  /** Exports the notes of `ids` (in list order) and downloads the file; null when done, else why not. */
  exportNotes(ids: readonly string[], format: NotesFormat): Promise<string | null>;
  undo: PendingUndo | null;
  runUndo(): void;
  dismissUndo(): void;
  failure: Reason | null;
  /** A passage of the article's text around the matched words, for search results. */
  loadSnippet(id: string, terms: readonly string[]): Promise<string | null>;
  /** Reads the Library and the search index again (downloads changed articles). */
  refresh(): void;
}

/**
 * Delay between the full list and loading the search index (parsing it holds the main thread for
 * a moment): the first screen and the list come first. Typing earlier is not lost: a search
 * awaits the index, and starts loading it if needed.
 */
const SEARCH_LOAD_DELAY_MS = 300;

/**
 * Resolves once the rows just set are painted: Preact renders them in a microtask, runs effects
 * after the next frame, and the frame after that paints what they did.
 */
const afterPaint = () => new Promise<void>((resolve) =>
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));

/** Articles read first, to paint the first screen at once: more than a tall window shows. */
const FIRST_SCREEN_ARTICLES = 30;

/** The Library page's state and actions over lib/storage/ and the search index. */
export function useLibraryStore(): LibraryStore {
  const [articles, setArticles] = useState<Article[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY);
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState(-1);
  const [undo, setUndo] = useState<PendingUndo | null>(null);
  const [failure, setFailure] = useState<Reason | null>(null);
  const [annotated, setAnnotated] = useState<ReadonlySet<string>>(new Set());
  const searchRef = useRef<LibrarySearch | null>(null);
  const search = useCallback(() => (searchRef.current ??= createLibrarySearch()), []);

  const reload = useCallback(async (firstTime = false) => {
    try {
      if (firstTime) {
        // Reading 10,000 articles takes a while: paint the newest ones before starting.
        setArticles(await listRecentArticles(FIRST_SCREEN_ARTICLES));
        await afterPaint();
      }
      const [list, allTags, withNotes] = await Promise.all([listArticles(), listTags(), listAnnotatedArticleIds()]);
      setArticles(list);
      setComplete(true);
      setTags(allTags);
      setAnnotated(withNotes);
    } catch (error) {
      console.error('Liseuse: could not list the Library', error);
      setFailure(toDbFailure(error).reason);
    }
  }, []);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void reload(true).then(() => {
      if (live) timer = setTimeout(search, SEARCH_LOAD_DELAY_MS);
    });
    // Articles saved from the popup or deleted in another tab show up when coming back.
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      void reload();
      if (searchRef.current) void searchRef.current.refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload, search]);

  useEffect(() => {
    if (!text.trim()) return setHits(null);
    let live = true;
    search().search(text).then(
      (found) => live && setHits(found),
      (error: unknown) => console.error('Liseuse: search failed', error),
    );
    return () => {
      live = false;
    };
  }, [text, search]);

  const rows = useMemo(() => (articles ? viewLibrary(articles, query, hits, annotated) : []), [articles, query, hits, annotated]);
  const matches = useMemo(() => new Map((hits ?? []).map((hit) => [hit.id, hit.terms])), [hits]);
  useEffect(() => setActive((at) => Math.min(at, rows.length - 1)), [rows.length]);

  const apply = useCallback(async (pending: Promise<ActionResult>, undoOf?: (r: UndoRecord) => PendingUndo) => {
    const result = await pending;
    if (!result.ok) return setFailure(result.reason);
    setFailure(null);
    const changed = new Map(result.changed.map((article) => [article.id, article]));
    const removed = new Set(result.removed);
    setArticles((list) => {
      if (!list) return list;
      const known = new Set(list.map((article) => article.id));
      const kept = list.filter((article) => !removed.has(article.id)).map((article) => changed.get(article.id) ?? article);
      // Undo of a delete brings articles back: newest first like listArticles.
      const back = result.changed.filter((article) => !known.has(article.id));
      return back.length > 0 ? [...kept, ...back].sort((a, b) => b.savedAt - a.savedAt) : kept;
    });
    setSelected((ids) => new Set([...ids].filter((id) => !removed.has(id))));
    setUndo(result.undo && undoOf ? undoOf(result.undo) : null);
    if (searchRef.current) await searchRef.current.refresh();
    const [allTags, withNotes] = await Promise.all([listTags(), listAnnotatedArticleIds()]);
    setTags(allTags);
    setAnnotated(withNotes);
  }, []);

  // Stable, so the Undo bar's timer does not restart with every render.
  const dismissUndo = useCallback(() => setUndo(null), []);

  // Stable, so rows do not read their passage again on every render.
  const loadSnippet = useCallback(async (id: string, terms: readonly string[]) => {
    const body = await getArticleBody(id);
    return body ? snippetAround(body.text, terms) : null;
  }, []);

  const byIds = useCallback((ids: readonly string[]) => {
    const wanted = new Set(ids);
    return (articles ?? []).filter((article) => wanted.has(article.id));
  }, [articles]);

  return {
    articles, complete, rows, matches, query, setQuery, text, setText, tags, selected, setSelected, active, setActive, undo, failure,
    toggleSelect: (id) => setSelected((ids) => {
      const next = new Set(ids);
      if (!next.delete(id)) next.add(id);
      return next;
    }),
    archive: (ids, archived) => void apply(changeArticles(byIds(ids), { archived }), (record) => ({
      messageKey: archived ? 'libraryArchived' : 'libraryUnarchived', count: ids.length, record,
    })),
    favorite: (ids, favorite) => void apply(changeArticles(byIds(ids), { favorite })),
    tag: (ids, edit) => void apply(tagArticles(ids, edit)),
    remove: (ids, notes) => void apply(deleteArticles(ids, notes), (record) => ({ messageKey: 'libraryDeleted', count: ids.length, record })),
    annotated,
    exportNotes: (ids, format) => downloadNotes(ids, format),
    runUndo: () => {
      if (undo) void apply(undoAction(undo.record));
    },
    dismissUndo,
    loadSnippet,
    refresh: () => {
      void reload();
      if (searchRef.current) void searchRef.current.refresh();
    },
  };
}
