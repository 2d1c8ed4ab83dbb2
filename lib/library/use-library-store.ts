import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getArticleBody, listArticles } from '../storage/articles';
import { toDbFailure } from '../storage/transactions';
import type { Article } from '../shared/article';
import type { Reason } from '../shared/errors';
import { snippetAround } from '../search/snippets';
import { listRecentArticles, listTags } from '../storage/library';
import { listAnnotatedArticleIds } from '../storage/highlights';
import type { NotesFormat } from '../export/export-notes';
import { downloadNotes } from '../export/notes-download';
import { useLibraryActions, type LibraryActions, type LibraryFailure } from './use-library-actions';
import { createLibrarySearch, type LibrarySearch } from './library-search';
import { DEFAULT_QUERY, viewLibrary, type LibraryQuery } from './library-view';
import type { SearchHit } from '../search/memory-index';

/** Everything the Library page shows and can do; built once per page by useLibraryStore. */
export interface LibraryStore extends Omit<LibraryActions, 'failure'> {
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
  /** Row with the keyboard focus, -1 when none. */
  active: number;
  setActive(index: number): void;
  /** Ids of the articles with highlights or a note. */
  annotated: ReadonlySet<string>;
  /** Exports the notes of `ids` (in list order) and downloads the file; null when done, else why not. */
  exportNotes(ids: readonly string[], format: NotesFormat): Promise<string | null>;
  /** Why the Library could not be listed, or the last action failed. */
  failure: LibraryFailure | null;
  /** A passage of the article's text around the matched words, for search results. */
  loadSnippet(id: string, terms: readonly string[]): Promise<string | null>;
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
  const [active, setActive] = useState(-1);
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

  const afterChange = useCallback(async () => {
    try {
      if (searchRef.current) await searchRef.current.refresh();
      const [allTags, withNotes] = await Promise.all([listTags(), listAnnotatedArticleIds()]);
      setTags(allTags);
      setAnnotated(withNotes);
    } catch (error) {
      console.warn('Liseuse: could not refresh the search index, tags or notes', error);
    }
  }, []);
  const actions = useLibraryActions(rows, setArticles, afterChange);

  // Stable, so rows do not read their passage again on every render.
  const loadSnippet = useCallback(async (id: string, terms: readonly string[]) => {
    const body = await getArticleBody(id);
    return body ? snippetAround(body.text, terms) : null;
  }, []);

  return {
    ...actions,
    articles, complete, rows, matches, query, setQuery, text, setText, tags, active, setActive, loadSnippet, annotated,
    exportNotes: (ids, format) => downloadNotes(ids, format),
    failure: failure ? { reason: failure } : actions.failure,
  };
}
