import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../shared/article';
import { libraryStateOf } from '../shared/library-state';
import type { Reason } from '../shared/errors';
import {
  changeArticles,
  deleteArticles,
  tagArticles,
  undoAction,
  type ActionResult,
  type UndoRecord,
} from '../library/library-actions';
import { createUndoSlot } from '../library/undo-slot';
import { archiveWhenFinished } from '../storage/settings';

/** What the reader's Undo bar offers, and what it says. */
export interface ReaderUndo {
  id: number;
  messageKey: 'readerArchived' | 'readerArchivedAtEnd' | 'readerDeleted';
  record: UndoRecord;
}

/** The reader's actions on the article it shows, with the Library's rules (one action at a time, Undo once). */
export interface ReaderActions {
  /** The article as it is now (archived, favorite, tags follow the actions). */
  article: Article | null;
  deleted: boolean;
  undo: ReaderUndo | null;
  failure: Reason | null;
  /** "Link copied" for a moment after Copy link. */
  copied: boolean;
  toggleArchive(): void;
  toggleFavorite(): void;
  editTags(edit: { add?: string[]; remove?: string[] }): void;
  remove(): void;
  runUndo(): void;
  dismissUndo(): void;
  copyLink(): void;
}

/** How long "Link copied" stays. */
const COPIED_MS = 2_000;
/** Progress counted as the end of the piece: the last lines are in view. */
const FINISHED_AT = 0.99;

/**
 * Archive, favorite, tags, delete and copy link for the reader, over the same functions as the
 * Library. With "archive when finished" on, reaching the end by scrolling archives the piece
 * (once per opening, with Undo).
 */
export function useReaderActions(
  loaded: Article | null,
  progress: { progress: number; moved: boolean },
): ReaderActions {
  const [article, setArticle] = useState<Article | null>(loaded);
  const [deleted, setDeleted] = useState(false);
  const [undo, setUndo] = useState<ReaderUndo | null>(null);
  const [failure, setFailure] = useState<Reason | null>(null);
  const [copied, setCopied] = useState(false);
  const slot = useRef(createUndoSlot<ReaderUndo>()).current;
  const busy = useRef(false);
  const current = useRef(article);
  current.current = article;
  const finishedOnce = useRef(false);

  useEffect(() => setArticle(loaded), [loaded]);

  const run = useCallback(
    async (act: (article: Article) => Promise<ActionResult>, messageKey?: ReaderUndo['messageKey']) => {
      const shown = current.current;
      if (!shown || busy.current) return;
      busy.current = true;
      const ticket = slot.begin();
      try {
        const result = await act(shown);
        if (!result.ok) return setFailure(result.reason);
        setFailure(result.notDone?.reason ?? null);
        if (result.removed.includes(shown.id)) setDeleted(true);
        const next = result.changed.find((changed) => changed.id === shown.id);
        if (next) setArticle((article) => article && { ...article, ...libraryStateOf(next) });
        slot.settle(ticket, result.undo && messageKey ? { id: ticket, messageKey, record: result.undo } : null);
        setUndo(slot.peek());
      } finally {
        busy.current = false;
      }
    },
    [slot],
  );

  const archive = useCallback(
    (archived: boolean, messageKey: ReaderUndo['messageKey'] = 'readerArchived') =>
      void run((shown) => changeArticles([shown], { archived }), archived ? messageKey : undefined),
    [run],
  );

  useEffect(() => {
    if (
      finishedOnce.current ||
      !progress.moved ||
      progress.progress < FINISHED_AT ||
      !article ||
      article.archived ||
      deleted
    )
      return;
    finishedOnce.current = true;
    void archiveWhenFinished.getValue().then((wanted) => {
      if (wanted) archive(true, 'readerArchivedAtEnd');
    });
  }, [progress.progress, progress.moved, article, deleted, archive]);

  const runUndo = useCallback(() => {
    const taken = slot.take();
    setUndo(null);
    if (!taken) return;
    const ticket = slot.begin();
    void undoAction(taken.undo.record).then((result) => {
      if (!result.ok) {
        slot.giveBack(taken);
        setUndo(slot.peek());
        return setFailure(result.reason);
      }
      slot.settle(ticket, null);
      setUndo(slot.peek());
      setFailure(null);
      const back = result.changed.find((changed) => changed.id === current.current?.id);
      if (back) setArticle((article) => article && { ...article, ...libraryStateOf(back) });
      setDeleted(false);
    });
  }, [slot]);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  return {
    article,
    deleted,
    undo,
    failure,
    copied,
    runUndo,
    toggleArchive: () => archive(!current.current?.archived),
    toggleFavorite: () => void run((shown) => changeArticles([shown], { favorite: !shown.favorite })),
    editTags: (edit) => void run((shown) => tagArticles([shown.id], edit)),
    remove: () => void run((shown) => deleteArticles([shown.id]), 'readerDeleted'),
    dismissUndo: useCallback(() => {
      slot.clear();
      setUndo(null);
    }, [slot]),
    copyLink: () => {
      const url = current.current?.url;
      if (!url) return;
      navigator.clipboard.writeText(url).then(
        () => setCopied(true),
        (error: unknown) => console.warn('Liseuse: could not copy the link', error),
      );
    },
  };
}
