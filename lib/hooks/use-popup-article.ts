import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { deleteArticle, getArticleImages } from '../db';
import type { Extraction } from '../extract/types';
import type { Reason } from '../errors';
import { sendMessage } from '../messages';
import type { ActiveTabReading } from '../read-active-tab';
import type { SaveState } from '../../components/SaveStatus';

/** Performance mark set when the article shown in the popup is saved, images included (bench). */
export const SAVED_MARK = 'liseuse:saved';

/** What the popup shows: the page's clean article (and whether it is saved), or why not. */
export type PopupArticleState =
  | { kind: 'extracting' }
  | { kind: 'failed'; reason: Reason }
  | { kind: 'ready'; extraction: Extraction; saveState: SaveState; articleId: string | null; images: ReadonlyMap<string, Blob> };

/**
 * The popup's one piece of logic: show the active tab's article (`reading`, started before the
 * first render by readActiveTab), save it at once unless auto-save is off, and offer Undo.
 */
export function usePopupArticle(
  reading: Promise<ActiveTabReading>,
): PopupArticleState & { save: () => void; undo: () => void } {
  const [page, setPage] = useState<
    { kind: 'extracting' } | { kind: 'failed'; reason: Reason } | { kind: 'ready'; extraction: Extraction; tab: { id: number; url: string } }
  >({ kind: 'extracting' });
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'unsaved' });
  const [articleId, setArticleId] = useState<string | null>(null);
  const [images, setImages] = useState<ReadonlyMap<string, Blob>>(new Map());
  // Save and Undo read the latest values without re-creating the callbacks.
  const current = useRef({ page, articleId });
  current.current = { page, articleId };

  const save = useCallback(async () => {
    const { page: shown } = current.current;
    if (shown.kind !== 'ready') return;
    setSaveState({ kind: 'saving' });
    const result = await sendMessage('saveArticle', {
      extraction: shown.extraction,
      pageUrl: shown.tab.url,
      tabId: shown.tab.id,
    }).catch((error: unknown) => ({ ok: false as const, reason: 'save-failed' as const, detail: String(error) }));
    if (!result.ok) {
      console.warn('Liseuse: save failed', result);
      setSaveState({ kind: 'failed', reason: result.reason });
      return;
    }
    setArticleId(result.articleId);
    setImages(await getArticleImages(result.articleId));
    setSaveState({ kind: 'saved', missingImages: result.images.missing });
    performance.mark(SAVED_MARK);
  }, []);

  const undo = useCallback(async () => {
    const id = current.current.articleId;
    if (!id) return;
    setSaveState({ kind: 'removing' });
    const result = await deleteArticle(id);
    if (!result.ok) {
      setSaveState({ kind: 'failed', reason: result.reason });
      return;
    }
    setArticleId(null);
    setSaveState({ kind: 'removed' });
    await sendMessage('libraryChanged', undefined).catch((error: unknown) =>
      console.warn('Liseuse: could not refresh the badge', error),
    );
  }, []);

  useEffect(() => {
    void reading.then(async (result) => {
      if (!result.ok) return setPage({ kind: 'failed', reason: result.reason });
      const ready = { kind: 'ready' as const, extraction: result.extraction, tab: result.tab };
      current.current.page = ready;
      setPage(ready);
      if (result.autoSave) await save();
    }, (error: unknown) => {
      // readActiveTab returns its failures as values; this is a bug, shown as "no article".
      console.error('Liseuse: reading the tab failed', error);
      setPage({ kind: 'failed', reason: 'no-article' });
    });
  }, [reading, save]);

  const actions = { save: () => void save(), undo: () => void undo() };
  if (page.kind !== 'ready') return { ...page, ...actions };
  return { kind: 'ready', extraction: page.extraction, saveState, articleId, images, ...actions };
}
