import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Reason } from '../shared/errors';
import { getArticleNote, putArticleNote } from '../storage/highlights';

/** Writes wait this long after the last key. */
const SAVE_DELAY_MS = 500;

/** The article's free-text note: read once, written a moment after typing stops (and on leaving). */
export function useArticleNote(articleId: string): {
  text: string;
  setText(text: string): void;
  flush(): Promise<void>;
  failure: Reason | null;
} {
  const [text, setTextState] = useState('');
  const [failure, setFailure] = useState<Reason | null>(null);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    getArticleNote(articleId).then(
      (note) => live && setTextState(note?.text ?? ''),
      (error: unknown) => console.error('Liseuse: could not read the article note', error),
    );
    return () => {
      live = false;
    };
  }, [articleId]);

  const save = useCallback(
    async (value: string) => {
      const result = await putArticleNote(articleId, value);
      setFailure(result.ok ? null : result.reason);
    },
    [articleId],
  );

  const flush = useCallback(async () => {
    const waiting = pending.current;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    pending.current = null;
    await save(waiting.text);
  }, [save]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  const setText = useCallback(
    (value: string) => {
      setTextState(value);
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { text: value, timer: setTimeout(() => void flush(), SAVE_DELAY_MS) };
    },
    [flush],
  );

  return { text, setText, flush, failure };
}
