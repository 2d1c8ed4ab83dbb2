import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { getArticleNote, putArticleNote } from '../storage/highlights';
import { announce, onAnnouncement } from '../shared/messages';
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
  // The article is kept with the text: a write still waiting when the id changes goes to its own article.
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; articleId: string; text: string; at: number } | null>(
    null,
  );
  // `updatedAt` of the note as last read or written here (a draft left on closing carries it).
  const storedAt = useRef<number | null>(null);

  useEffect(() => {
    let live = true;
    setLoaded(false);
    // Drafts a closed page left are written first, so the note shown is the newest.
    writeNoteDrafts()
      .then(() => getArticleNote(articleId))
      .then(
        (note) => {
          if (!live) return;
          storedAt.current = note?.updatedAt ?? null;
          setTextState(note?.text ?? '');
          setLoaded(true);
        },
        (error: unknown) => {
          console.error('Liseuse: could not read the article note', error);
          if (live) setFailure({ action: 'read', reason: 'save-failed' });
        },
      );
    // Written in another tab: shown here at once, unless an edit of this page waits (its write keeps both).
    const stopListening = onAnnouncement((event) => {
      if (event.kind !== 'notes-changed' || event.articleId !== articleId) return;
      void getArticleNote(articleId).then(
        (note) => {
          if (!live || pending.current) return;
          storedAt.current = note?.updatedAt ?? null;
          setTextState(note?.text ?? '');
          setLoaded(true);
        },
        (error: unknown) => console.warn('Liseuse: could not read the note written in another tab', error),
      );
    });
    return () => {
      live = false;
      stopListening();
    };
  }, [articleId]);

  const flush = useCallback(async () => {
    const waiting = pending.current;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    pending.current = null;
    const draft = draftOf(waiting, storedAt.current);
    const result = await putArticleNote(waiting.articleId, waiting.text, { base: storedAt.current });
    if (result.ok) {
      forgetNoteDraft(draft);
      announce({ kind: 'notes-changed', articleId: waiting.articleId });
      // Typed on meanwhile: that edit goes on from the note as this page knew it, and is kept
      // together with what was stored (another tab's lines) when it is written in turn.
      if (result.keptBoth && !pending.current) {
        storedAt.current = result.note?.updatedAt ?? null;
        setTextState(result.note?.text ?? '');
      } else if (!result.keptBoth) storedAt.current = result.note?.updatedAt ?? null;
      if (result.keptBoth) setKeptBoth(true);
    }
    setFailure(result.ok ? null : { action: 'write', reason: result.reason });
  }, []);
  useSaveOnLeave(() => {
    const waiting = pending.current;
    if (waiting) keepNoteDraft(draftOf(waiting, storedAt.current));
  }, flush);

  const setText = useCallback(
    (value: string) => {
      setTextState(value);
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = {
        articleId,
        text: value,
        at: Date.now(),
        timer: setTimeout(() => void flush(), SAVE_DELAY_MS),
      };
    },
    [articleId, flush],
  );

  return { text, loaded, setText, flush, failure, keptBoth };
}

/** The draft of a waiting note (the timer left out), based on the note last read or written. */
function draftOf(
  { articleId, text, at }: { articleId: string; text: string; at: number },
  base: number | null,
): NoteDraft {
  return { kind: 'article-note', articleId, text, at, base };
}
