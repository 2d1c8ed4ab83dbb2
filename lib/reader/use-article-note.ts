import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Note } from '../highlights/highlight';
import { getArticleNote, putArticleNote, type KeptBothWrite } from '../storage/highlights';
import { announce } from '../shared/messages';
import { followOtherTabs, type OtherTabsFollower } from './follow-other-tabs';
import type { AnnotationFailure } from './annotation-failure';
import { forgetNoteDraft, keepNoteDraft, writeNoteDrafts, type NoteDraft } from '../storage/note-drafts';
import { useSaveOnLeave } from './use-save-on-leave';

/** Writes wait this long after the last key. */
const SAVE_DELAY_MS = 500;

/**
 * The article's free-text note: read once, written a moment after typing stops (and on leaving),
 * and read again when another tab writes it. Two tabs typing at once never silently lose either
 * side: the later write keeps both versions (putArticleNote) and `keptBoth` says so.
 */
export function useArticleNote(articleId: string): {
  text: string;
  /** False until the stored note is read: typing before would replace it unseen. */
  loaded: boolean;
  setText(text: string): void;
  flush(): Promise<void>;
  failure: AnnotationFailure | null;
  /** True once a write found the note changed in another tab and kept both versions. */
  keptBoth: boolean;
} {
  const [text, setTextState] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [failure, setFailure] = useState<AnnotationFailure | null>(null);
  const [keptBoth, setKeptBoth] = useState(false);
  // The newest edit not yet known to be written (waiting for its delay, being written, or whose
  // write failed), with its article: a write still waiting when the id changes goes to its own.
  const unsaved = useRef<Edit | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // `updatedAt` of the note as last read or written here: each write carries it (putArticleNote's base).
  const storedAt = useRef<number | null>(null);
  // This page's last write that kept both versions while the reader typed on (putArticleNote's lastKeptBoth).
  const lastKeptBoth = useRef<KeptBothWrite | null>(null);
  // Writes run one after another, each with the base the one before left.
  const writing = useRef<Promise<void>>(Promise.resolve());
  // Another tab's writes: read again at once when nothing typed here is unsaved, else after this
  // page's write (which keeps both versions).
  const otherTabs = useRef<OtherTabsFollower | null>(null);

  useEffect(() => {
    let live = true;
    setLoaded(false);
    setKeptBoth(false);
    const show = (note: Note | undefined) => {
      storedAt.current = note?.updatedAt ?? null;
      lastKeptBoth.current = null;
      setTextState(note?.text ?? '');
    };
    const follower = followOtherTabs(
      'notes-changed',
      articleId,
      () => unsaved.current !== null,
      () =>
        getArticleNote(articleId).then(
          (note) => () => show(note),
          (error: unknown) => void console.warn('Liseuse: could not read the note written in another tab', error),
        ),
    );
    otherTabs.current = follower;
    // Drafts a closed page left are written first, so the note shown is the newest.
    writeNoteDrafts()
      .then(() => getArticleNote(articleId))
      .then(
        (note) => {
          if (!live) return;
          show(note);
          setLoaded(true);
          follower.started();
        },
        (error: unknown) => {
          console.error('Liseuse: could not read the article note', error);
          if (live) setFailure({ action: 'read', reason: 'save-failed' });
        },
      );
    return () => {
      live = false;
      follower.stop();
      if (otherTabs.current === follower) otherTabs.current = null;
    };
  }, [articleId]);

  const write = useCallback(async (edit: Edit) => {
    const result = await putArticleNote(edit.articleId, edit.text, writeBase(storedAt.current, lastKeptBoth.current));
    if (!result.ok) {
      setFailure({ action: 'write', reason: result.reason });
      return;
    }
    setFailure(null);
    forgetNoteDraft(draftOf(edit, null));
    announce({ kind: 'notes-changed', articleId: edit.articleId });
    setKeptBoth(result.keptBoth);
    const typedSince = unsaved.current !== edit;
    // Both versions kept while the reader typed on from the older text: the next write goes on
    // from the old base, so that it keeps the other version again rather than replacing it, and
    // in place of the text this write kept (the reader's edits since are not kept twice).
    if (result.keptBoth && typedSince && result.note && result.otherVersion !== null) {
      lastKeptBoth.current = { updatedAt: result.note.updatedAt, otherVersion: result.otherVersion };
    } else {
      storedAt.current = result.note?.updatedAt ?? null;
      lastKeptBoth.current = null;
    }
    if (typedSince) return;
    unsaved.current = null;
    // The note as stored differs from what was typed (both versions kept): shown.
    if (result.keptBoth) setTextState(result.note?.text ?? '');
    otherTabs.current?.settled();
  }, []);

  // Writes the unsaved edit unless it is already on its way (a failed one is tried again).
  const queued = useRef<Edit | null>(null);
  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const edit = unsaved.current;
    if (edit && edit !== queued.current) {
      queued.current = edit;
      writing.current = writing.current.then(async () => {
        try {
          await write(edit);
        } catch (error) {
          console.error('Liseuse: could not write the article note', error);
          setFailure({ action: 'write', reason: 'save-failed' });
        }
        if (queued.current === edit) queued.current = null;
      });
    }
    return writing.current;
  }, [write]);
  useSaveOnLeave(() => {
    const edit = unsaved.current;
    if (edit) keepNoteDraft(draftOf(edit, storedAt.current, lastKeptBoth.current));
  }, flush);

  const setText = useCallback(
    (value: string) => {
      setTextState(value);
      if (timer.current !== null) clearTimeout(timer.current);
      unsaved.current = { articleId, text: value, at: Date.now() };
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [articleId, flush],
  );

  return { text, loaded, setText, flush, failure, keptBoth };
}

/** An edit of the note: its article, its text, when it was typed. */
interface Edit {
  articleId: string;
  text: string;
  at: number;
}

/** What a write of the note goes on from: the note last read or written, and this page's last keep-both write. */
function writeBase(base: number | null, lastKeptBoth: KeptBothWrite | null) {
  return lastKeptBoth ? { base, lastKeptBoth } : { base };
}

/** The draft of an unsaved edit, based on the note last read or written (and on this page's last keep-both write). */
function draftOf(
  { articleId, text, at }: Edit,
  base: number | null,
  lastKeptBoth: KeptBothWrite | null = null,
): NoteDraft {
  return { kind: 'article-note', articleId, text, at, ...writeBase(base, lastKeptBoth) };
}
