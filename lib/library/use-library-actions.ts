import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { Dispatch, StateUpdater } from 'preact/hooks';
import type { NotesOnDelete } from '../shared/article';
import type { LibraryItem } from '../shared/library-item';
import type { Reason } from '../shared/errors';
import {
  changeArticles,
  deleteArticles,
  tagArticles,
  undoAction,
  type ActionResult,
  type UndoRecord,
} from './library-actions';
import { createUndoSlot } from './undo-slot';

/** The undoable action just done, for the Undo bar. */
export interface PendingUndo {
  /** Changes with each new Undo, so the bar's timer starts again even for the same message. */
  id: number;
  /** Plural message key (`tn`) of the message ("3 articles deleted"). */
  messageKey: 'libraryDeleted' | 'libraryArchived' | 'libraryUnarchived';
  count: number;
  record: UndoRecord;
}

/** What went wrong with the last action; `notDeleted` articles of a delete stayed in the Library. */
export interface LibraryFailure {
  reason: Reason;
  notDeleted?: number;
}

/** The selection, the actions on articles and their Undo. */
export interface LibraryActions {
  /** Articles shown selected: only rows of the list as shown, never hidden ones. */
  selected: ReadonlySet<string>;
  toggleSelect(id: string): void;
  selectAll(): void;
  clearSelection(): void;
  /** What an action of the keyboard applies to: the rows shown selected, else the row at `index`. */
  targetsAt(index: number): string[];
  archive(ids: readonly string[], archived: boolean): void;
  favorite(ids: readonly string[], favorite: boolean): void;
  tag(ids: readonly string[], edit: { add?: string[]; remove?: string[] }): void;
  /** Deletes articles; their highlights and notes too, unless `notes` is 'keep'. */
  remove(ids: readonly string[], notes?: NotesOnDelete): void;
  undo: PendingUndo | null;
  runUndo(): void;
  dismissUndo(): void;
  failure: LibraryFailure | null;
}

type Describe = (record: UndoRecord, result: Extract<ActionResult, { ok: true }>) => Omit<PendingUndo, 'id'>;

/**
 * Selection, actions and Undo over the Library's list. The rules that keep articles safe:
 * - an action applies only to rows shown selected: a ticked row hidden by a filter or a search is
 *   left alone, and articles archived or deleted leave the selection for good;
 * - an article already being acted on is left out of a second action (a double press);
 * - the Undo bar belongs to the newest action (see UndoSlot), and an Undo runs once.
 */
export function useLibraryActions(
  rows: readonly LibraryItem[],
  setArticles: Dispatch<StateUpdater<LibraryItem[] | null>>,
  afterChange: () => Promise<void>,
): LibraryActions {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<PendingUndo | null>(null);
  const [failure, setFailure] = useState<LibraryFailure | null>(null);
  const slot = useRef(createUndoSlot<PendingUndo>()).current;
  const busy = useRef(new Set<string>()).current;
  const latest = useRef(rows);
  latest.current = rows;

  // What counts is what is shown: a ticked row that a filter or a search hides is not selected
  // (nothing acts on it) until it shows again, ticked, in the list.
  const shown = useMemo(() => new Set(rows.map((article) => article.id)), [rows]);
  const selected = useMemo(() => {
    const visible = [...chosen].filter((id) => shown.has(id));
    return visible.length === chosen.size ? chosen : new Set(visible);
  }, [chosen, shown]);

  const show = useCallback(
    (result: Extract<ActionResult, { ok: true }>) => {
      const changed = new Map(result.changed.map((article) => [article.id, article]));
      const removed = new Set(result.removed);
      setArticles((list) => {
        if (!list) return list;
        const known = new Set(list.map((article) => article.id));
        const kept = list
          .filter((article) => !removed.has(article.id))
          .map((article) => changed.get(article.id) ?? article);
        // Undo of a delete brings articles back: newest first like listArticles.
        const back = result.changed.filter((article) => !known.has(article.id));
        return back.length > 0 ? [...kept, ...back].sort((a, b) => b.savedAt - a.savedAt) : kept;
      });
    },
    [setArticles],
  );

  /**
   * Runs an action on `ids` (less those already in one). `unselect`: the action takes the articles
   * out of the list (archive, delete), so they leave the selection for good.
   */
  const run = useCallback(
    async (
      ids: readonly string[],
      act: (ids: string[]) => Promise<ActionResult>,
      describe?: Describe,
      unselect = false,
    ) => {
      const free = [...new Set(ids)].filter((id) => !busy.has(id));
      if (free.length === 0) return;
      free.forEach((id) => busy.add(id));
      const ticket = slot.begin();
      let result: ActionResult;
      try {
        result = await act(free);
      } finally {
        free.forEach((id) => busy.delete(id));
      }
      if (!result.ok) return setFailure({ reason: result.reason });
      setFailure(result.notDone ? { reason: result.notDone.reason, notDeleted: result.notDone.count } : null);
      show(result);
      if (unselect) {
        const done = new Set([...result.removed, ...result.changed.map((article) => article.id)]);
        setChosen((current) => new Set([...current].filter((id) => !done.has(id))));
      }
      if (result.changed.length > 0 || result.removed.length > 0) {
        slot.settle(ticket, result.undo && describe ? { ...describe(result.undo, result), id: ticket } : null);
        setUndo(slot.peek());
      }
      await afterChange();
    },
    [busy, slot, show, afterChange],
  );

  const byIds = (ids: readonly string[]) => {
    const wanted = new Set(ids);
    return latest.current.filter((article) => wanted.has(article.id));
  };

  const runUndo = useCallback(() => {
    // Taken synchronously: a second click, before the page redraws, finds nothing to undo.
    const taken = slot.take();
    setUndo(null);
    if (!taken) return;
    const ticket = slot.begin();
    void undoAction(taken.undo.record).then(async (result) => {
      if (!result.ok) {
        slot.giveBack(taken);
        setUndo(slot.peek());
        return setFailure({ reason: result.reason });
      }
      setFailure(null);
      slot.settle(ticket, null);
      setUndo(slot.peek());
      show(result);
      await afterChange();
    });
  }, [slot, show, afterChange]);

  const dismissUndo = useCallback(() => {
    slot.clear();
    setUndo(null);
  }, [slot]);

  return {
    selected,
    toggleSelect: (id) =>
      setChosen((ids) => {
        const next = new Set(ids);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    selectAll: () => setChosen(new Set(latest.current.map((article) => article.id))),
    clearSelection: () => setChosen(new Set()),
    targetsAt: (index) => {
      if (selected.size > 0)
        return latest.current.filter((article) => selected.has(article.id)).map((article) => article.id);
      const article = latest.current[index];
      return article ? [article.id] : [];
    },
    archive: (ids, archived) =>
      void run(
        ids,
        (free) => changeArticles(byIds(free), { archived }),
        (record, result) => ({
          messageKey: archived ? 'libraryArchived' : 'libraryUnarchived',
          count: result.changed.length,
          record,
        }),
        true,
      ),
    favorite: (ids, favorite) => void run(ids, (free) => changeArticles(byIds(free), { favorite })),
    tag: (ids, edit) => void run(ids, (free) => tagArticles(free, edit)),
    remove: (ids, notes) =>
      void run(
        ids,
        (free) => deleteArticles(free, notes),
        (record, result) => ({
          messageKey: 'libraryDeleted',
          count: result.removed.length,
          record,
        }),
        true,
      ),
    undo,
    runUndo,
    dismissUndo,
    failure,
  };
}
