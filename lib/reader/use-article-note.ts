import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { getArticleNote, putArticleNote } from '../storage/highlights';
import type { AnnotationFailure } from './annotation-failure';
import { forgetNoteDraft, keepNoteDraft, writeNoteDrafts, type NoteDraft } from '../storage/note-drafts';
import { useSaveOnLeave } from './use-save-on-leave';

/** Writes wait this long after the last key. */
const SAVE_DELAY_MS = 500;

/** The article's free-text note: read once, written a moment after typing stops (and on leaving). */
export function useArticleNote(articleId: string): {
  text: string;
  /** False until the stored note is read: typing before would replace it unseen. */
  loaded: boolean;
  setText(text: string): void;
  flush(): Promise<void>;
  failure: AnnotationFailure | null;
} {
  const [text, setTextState] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [failure, setFailure] = useState<AnnotationFailure | null>(null);
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
    return () => {
      live = false;
    };
  }, [articleId]);

  const flush = useCallback(async () => {
    const waiting = pending.current;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    pending.current = null;
    const draft = draftOf(waiting, storedAt.current);
    const result = await putArticleNote(waiting.articleId, waiting.text);
    if (result.ok) {
      storedAt.current = result.note?.updatedAt ?? null;
      forgetNoteDraft(draft);
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

  return { text, loaded, setText, flush, failure };
}

/** The draft of a waiting note (the timer left out), based on the note last read or written. */
function draftOf(
  { articleId, text, at }: { articleId: string; text: string; at: number },
  base: number | null,
): NoteDraft {
  return { kind: 'article-note', articleId, text, at, base };
}
