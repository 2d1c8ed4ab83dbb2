import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_COLOUR, type HighlightColour } from '../highlights/colours';
import { describeRange } from '../highlights/describe-range';
import { createHighlight, positionOf, type Highlight, type HighlightTarget } from '../highlights/highlight';
import { t } from '../shared/i18n';
import { deleteHighlight, listHighlights, putHighlights } from '../storage/highlights';
import type { AnnotationFailure } from './annotation-failure';
import { createHighlightPainter, type HighlightPainter } from './highlight-painter';
import { placeHighlights, type Span } from './place-highlights';
import { forgetNoteDraft, keepNoteDraft, writeNoteDrafts } from '../storage/note-drafts';
import { announce } from '../shared/messages';
import { followOtherTabs, type OtherTabsFollower } from './follow-other-tabs';
import { selectionRangeIn } from './selection-in';
import { useSaveOnLeave } from './use-save-on-leave';

/** Something just done to a highlight that can be undone (a delete). */
export interface HighlightUndo {
  message: string;
  run(): void;
}

/** The reader's highlights: what is placed, what is orphaned, and the actions on them. */
export interface HighlightsModel {
  /** False until the article's highlights are read and anchored. */
  loaded: boolean;
  /** How many times the highlights were read again because another tab changed them. */
  revision: number;
  /** Placed highlights, in reading order. */
  placed: Highlight[];
  /** Highlights that could not be placed in the current text. */
  orphans: Highlight[];
  /** The last colour used: `h` highlights in it. */
  colour: HighlightColour;
  /** What the live region says (an action done), or null. */
  message: string | null;
  undo: HighlightUndo | null;
  failure: AnnotationFailure | null;
  painter: HighlightPainter | null;
  /** Highlights the current selection; returns the new highlight, or null without a selection. */
  highlightSelection(colour?: HighlightColour): Highlight | null;
  setColour(id: string, colour: HighlightColour): void;
  setNote(id: string, note: string): void;
  remove(id: string): void;
  /** Attaches a highlight (an orphan) to the current selection. */
  reattach(id: string): boolean;
  /** Draws one highlight on top (the one being edited). */
  setFocused(id: string | null): void;
  /** Writes note edits still waiting for their delay. */
  saveNotesNow(): Promise<void>;
  dismissUndo(): void;
}

/** Note edits are written this long after the last key, not at every key. */
const NOTE_SAVE_DELAY_MS = 400;

/**
 * Loads an article's highlights once the reader rendered its body (`ready`), anchors them
 * (lib/reader/place-highlights.ts, storing refreshed positions of passages that moved), paints
 * them and keeps storage in step with every change.
 */
export function useHighlights(articleId: string, ready: boolean): HighlightsModel {
  const [records, setRecords] = useState<Highlight[]>([]);
  const [spans, setSpans] = useState<ReadonlyMap<string, Span>>(new Map());
  const [loaded, setLoaded] = useState(false);
  const [revision, setRevision] = useState(0);
  const [colour, setLastColour] = useState<HighlightColour>(DEFAULT_COLOUR);
  const [message, setMessage] = useState<string | null>(null);
  const [undo, setUndo] = useState<HighlightUndo | null>(null);
  const [failure, setFailure] = useState<AnnotationFailure | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [painter, setPainter] = useState<HighlightPainter | null>(null);
  const pendingNotes = useRef(new Map<string, { timer: ReturnType<typeof setTimeout>; highlight: Highlight }>());
  // The records as last rendered, for actions run later (Undo) that must see what a re-read brought.
  const latestRecords = useRef(records);
  latestRecords.current = records;

  // Writes of this page not done yet: another tab's change is read only when none is under way
  // and no note edit waits (lib/reader/follow-other-tabs.ts), so a read never shows a record older
  // than what this page just wrote or typed.
  const writesUnderway = useRef(0);
  const otherTabs = useRef<OtherTabsFollower | null>(null);
  const settled = () => writesUnderway.current === 0 && pendingNotes.current.size === 0;
  /** Runs the read another tab's change asked for, once this page has nothing under way. */
  const readIfSettled = () => otherTabs.current?.settled();
  const afterWrite = useCallback(
    (ok: boolean) => {
      writesUnderway.current -= 1;
      if (ok) announce({ kind: 'highlights-changed', articleId });
      readIfSettled();
    },
    [articleId],
  );

  const store = useCallback(
    async (highlights: Highlight[]) => {
      writesUnderway.current += 1;
      let ok = false;
      try {
        const result = await putHighlights(articleId, highlights);
        setFailure(result.ok ? null : { action: 'write', reason: result.reason });
        ok = result.ok;
      } finally {
        afterWrite(ok);
      }
      return ok;
    },
    [articleId, afterWrite],
  );

  useEffect(() => {
    const body = ready ? document.querySelector<HTMLElement>('.article-body') : null;
    if (!body) return undefined;
    let live = true;
    const created = createHighlightPainter(body);
    const show = (stored: Highlight[]) => {
      const placement = placeHighlights(created.map().text, stored);
      const moved = new Map(placement.moved.map((highlight) => [highlight.id, highlight]));
      setRecords(stored.map((highlight) => moved.get(highlight.id) ?? highlight));
      setSpans(placement.spans);
      return placement.moved;
    };
    // Added, edited or deleted in another tab: shown here too, so that an edit here goes on from
    // the record as stored. Passages that moved are placed, not stored again (the other tab does).
    const follower = followOtherTabs(
      'highlights-changed',
      articleId,
      () => !settled(),
      () =>
        listHighlights(articleId).then(
          (stored) => () => {
            show(stored);
            setRevision((count) => count + 1);
          },
          (error: unknown) => void console.warn('Liseuse: could not read the highlights changed in another tab', error),
        ),
    );
    otherTabs.current = follower;
    // Drafts a closed page left are written first, so the notes shown are the newest.
    writeNoteDrafts()
      .then(() => listHighlights(articleId))
      .then(
        (stored) => {
          if (!live) return;
          const moved = show(stored);
          setPainter(created);
          setLoaded(true);
          if (moved.length > 0) void store(moved);
          follower.started();
        },
        (error: unknown) => {
          console.error('Liseuse: could not read the highlights', error);
          if (live) setFailure({ action: 'read', reason: 'save-failed' });
        },
      );
    return () => {
      live = false;
      follower.stop();
      if (otherTabs.current === follower) otherTabs.current = null;
      created.clear();
    };
  }, [articleId, ready, store]);

  const placed = useMemo(
    () =>
      records
        .filter((highlight) => spans.has(highlight.id))
        .sort((a, b) => (spans.get(a.id)?.start ?? 0) - (spans.get(b.id)?.start ?? 0)),
    [records, spans],
  );
  const orphans = useMemo(() => records.filter((highlight) => !spans.has(highlight.id)), [records, spans]);

  useEffect(() => {
    painter?.paint(
      placed.map((highlight) => ({ id: highlight.id, colour: highlight.colour, ...(spans.get(highlight.id) as Span) })),
      focused,
    );
  }, [painter, placed, spans, focused]);

  /** Writes note edits, then forgets the drafts a hidden tab kept of them. */
  const storeNotes = useCallback(
    async (highlights: Highlight[]) => {
      if (!(await store(highlights))) return;
      for (const highlight of highlights) forgetNoteDraft({ kind: 'highlight', highlight });
    },
    [store],
  );

  /** Writes the notes still waiting for their delay (closing the popover, leaving the page). */
  const saveNotesNow = useCallback(async () => {
    const pending = [...pendingNotes.current.values()];
    pendingNotes.current.clear();
    for (const { timer } of pending) clearTimeout(timer);
    if (pending.length > 0) await storeNotes(pending.map(({ highlight }) => highlight));
  }, [storeNotes]);
  useSaveOnLeave(() => {
    for (const { highlight } of pendingNotes.current.values()) keepNoteDraft({ kind: 'highlight', highlight });
  }, saveNotesNow);

  /** A write of the whole record carries the note typed so far: the note's own write is then not needed. */
  const dropPendingNote = (id: string) => {
    clearTimeout(pendingNotes.current.get(id)?.timer);
    pendingNotes.current.delete(id);
  };

  const update = (id: string, change: Partial<Pick<Highlight, 'colour' | 'note' | 'target'>>): Highlight | null => {
    const current = records.find((highlight) => highlight.id === id);
    if (!current) return null;
    const next = { ...current, ...change, updatedAt: Date.now() };
    setRecords((list) => list.map((highlight) => (highlight.id === id ? next : highlight)));
    return next;
  };

  const attach = (target: HighlightTarget): Span => ({
    start: positionOf({ target }).start,
    end: positionOf({ target }).end,
  });

  const targetOfSelection = (): HighlightTarget | null => {
    const body = painter?.map().root;
    const range = body ? selectionRangeIn(body) : null;
    return painter && range ? describeRange(painter.map(), range) : null;
  };

  return {
    loaded,
    revision,
    placed,
    orphans,
    colour,
    message,
    undo,
    failure,
    painter,
    highlightSelection(chosen = colour) {
      const target = targetOfSelection();
      if (!target) return null;
      const highlight = createHighlight({ articleId, target, colour: chosen });
      setRecords((list) => [...list, highlight]);
      setSpans((map) => new Map(map).set(highlight.id, attach(target)));
      setLastColour(chosen);
      setMessage(t('highlightAdded'));
      document.getSelection()?.removeAllRanges();
      // Not shown when not stored: the screen would promise a highlight a reload has lost.
      void store([highlight]).then((stored) => {
        if (stored) return;
        // A note typed meanwhile (n opens the editor) must not store it later, unseen.
        dropPendingNote(highlight.id);
        readIfSettled();
        setRecords((list) => list.filter((item) => item.id !== highlight.id));
        setSpans((map) => {
          const without = new Map(map);
          without.delete(highlight.id);
          return without;
        });
      });
      return highlight;
    },
    setColour(id, chosen) {
      const next = update(id, { colour: chosen });
      if (!next) return;
      setLastColour(chosen);
      // The waiting note write holds the colour before this one: it would put it back.
      dropPendingNote(id);
      void store([next]);
    },
    setNote(id, note) {
      const next = update(id, { note });
      if (!next) return;
      clearTimeout(pendingNotes.current.get(id)?.timer);
      const timer = setTimeout(() => {
        pendingNotes.current.delete(id);
        void storeNotes([next]);
      }, NOTE_SAVE_DELAY_MS);
      pendingNotes.current.set(id, { timer, highlight: next });
    },
    remove(id) {
      const removed = records.find((highlight) => highlight.id === id);
      if (!removed) return;
      const noteWaiting = pendingNotes.current.has(id);
      dropPendingNote(id);
      setRecords((list) => list.filter((highlight) => highlight.id !== id));
      const span = spans.get(id);
      writesUnderway.current += 1;
      void deleteHighlight(id).then((result) => {
        afterWrite(result.ok);
        // Deleted elsewhere (another tab) already: the screen now says what is stored.
        if (!result.ok && result.reason === 'not-found') return;
        setFailure(result.ok ? null : { action: 'write', reason: result.reason });
        if (!result.ok) {
          // Still stored: shown again where it was, and the note typed before the delete written after all.
          setRecords((list) => [...list, removed]);
          if (span) setSpans((map) => new Map(map).set(id, span));
          if (noteWaiting) void store([removed]);
          return;
        }
        setMessage(t('highlightDeleted'));
        setUndo({
          message: t('highlightDeleted'),
          run: () => {
            setUndo(null);
            setMessage(t('highlightRestored'));
            // Put back by another tab meanwhile (its note written after the delete): that record stays.
            if (latestRecords.current.some((highlight) => highlight.id === id)) return;
            setRecords((list) => [...list.filter((highlight) => highlight.id !== id), removed]);
            if (span) setSpans((map) => new Map(map).set(id, span));
            void store([removed]);
          },
        });
      });
    },
    reattach(id) {
      const target = targetOfSelection();
      if (!target) return false;
      const next = update(id, { target });
      if (!next) return false;
      setSpans((map) => new Map(map).set(id, attach(target)));
      setMessage(t('highlightReattached'));
      document.getSelection()?.removeAllRanges();
      dropPendingNote(id);
      void store([next]);
      return true;
    },
    setFocused,
    saveNotesNow,
    dismissUndo: () => setUndo(null),
  };
}
