import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { countImagesFrom } from './count-images-from';
import { deleteArticle, getArticle, getArticleImages, restoreArticle, snapshotArticleAt } from '../storage/articles';
import type { ArticleSnapshot } from '../shared/article';
import { addressToFileUnder } from '../shared/same-site';
import type { Extraction, ExtractionFirstPart } from '../extract/types';
import type { Reason } from '../shared/errors';
import { SAVE_START_MARK, SAVED_MARK } from '../shared/marks';
import { sendMessage } from '../shared/messages';
import type { ActiveTabReading } from './read-active-tab';
import { originPatterns, requestOrigins } from '../saving/permissions';
import type { ImagesOffer, SaveState } from './popup-state';

/** The article as shown: its first part (the first screen), then the whole extraction. */
export type ShownArticle = Omit<ExtractionFirstPart, 'complete'>;

/** What the popup shows: the page's clean article (and whether it is saved), or why not. */
export type PopupArticleState =
  | { kind: 'extracting' }
  | { kind: 'failed'; reason: Reason }
  | {
    kind: 'ready'; extraction: ShownArticle; saveState: SaveState; articleId: string | null; images: ReadonlyMap<string, Blob>;
    /** Images left on other sites after a save, and the offer to keep them. */
    imagesOffer: ImagesOffer | null;
  };

/** What the popup can do: save, undo, and keep images from other sites (the click's gesture asks). */
export interface PopupArticleActions {
  save: () => void;
  undo: () => void;
  keepImages: () => void;
}

/**
 * The popup's one piece of logic: show the active tab's article (`reading`, started before the
 * first render by readActiveTab), save it at once unless auto-save is off, and offer Undo. Images
 * on other sites are offered for keeping: only then is the user asked to allow those sites.
 */
export function usePopupArticle(reading: Promise<ActiveTabReading>): PopupArticleState & PopupArticleActions {
  const [page, setPage] = useState<
    | { kind: 'extracting' }
    | { kind: 'failed'; reason: Reason }
    | { kind: 'ready'; shown: ShownArticle; extraction: Promise<Extraction | null>; tab: { id: number; url: string } }
  >({ kind: 'extracting' });
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'unsaved' });
  const [articleId, setArticleId] = useState<string | null>(null);
  const [images, setImages] = useState<ReadonlyMap<string, Blob>>(new Map());
  const [imagesOffer, setImagesOffer] = useState<ImagesOffer | null>(null);
  // The version a save replaced, for Undo; null when the save created the article.
  const replaced = useRef<ArticleSnapshot | null>(null);
  const saveStateRef = useRef(saveState);
  saveStateRef.current = saveState;
  // Save, Undo and Keep images read the latest values without re-creating the callbacks.
  const current = useRef({ page, articleId, imagesOffer });
  current.current = { page, articleId, imagesOffer };

  const save = useCallback(async () => {
    const { page: shown } = current.current;
    if (shown.kind !== 'ready') return;
    setSaveState({ kind: 'saving' });
    setImagesOffer(null);
    // A Save clicked while the rest of the article is on its way waits for it.
    const extraction = await shown.extraction;
    if (!extraction) return;
    performance.mark(SAVE_START_MARK);
    // The version this save will replace, if the page is already saved (the background files it
    // under the same address): an update keeps it until the reader has seen Undo.
    const before = await snapshotArticleAt(addressToFileUnder(extraction.url, shown.tab.url)).catch((error: unknown) => {
      console.warn('Liseuse: could not read the saved version', error);
      return null;
    });
    const result = await sendMessage('saveArticle', {
      extraction,
      pageUrl: shown.tab.url,
      tabId: shown.tab.id,
    }).catch((error: unknown) => ({ ok: false as const, reason: 'save-failed' as const, detail: String(error) }));
    if (!result.ok) {
      console.warn('Liseuse: save failed', result);
      setSaveState({ kind: 'failed', reason: result.reason });
      return;
    }
    setArticleId(result.articleId);
    replaced.current = !result.created && before?.article.id === result.articleId ? before : null;
    const stored = await getArticleImages(result.articleId);
    const { missingOrigins } = result.images;
    setImages(stored);
    setImagesOffer(missingOrigins.length === 0 ? null : {
      kind: 'offer',
      // The report counts every missing image; the offer names only those a permission helps.
      count: countImagesFrom(extraction, missingOrigins, stored) || result.images.missing,
      origins: missingOrigins,
    });
    setSaveState({ kind: 'saved', missingImages: result.images.missing, updated: !result.created, restorable: replaced.current !== null });
    performance.mark(SAVED_MARK);
  }, []);

  const undo = useCallback(async () => {
    const id = current.current.articleId;
    if (!id) return;
    const previous = replaced.current;
    if (previous) {
      // Undo of an update: the version saved before comes back, never a deletion.
      setSaveState({ kind: 'restoring' });
      const restored = await restoreArticle(previous);
      if (!restored.ok) return setSaveState({ kind: 'failed', reason: restored.reason });
      replaced.current = null;
      setImagesOffer(null);
      setImages(await getArticleImages(id));
      setSaveState({ kind: 'restored' });
      return;
    }
    // An update whose earlier version could not be read: Undo would delete an article saved
    // before this popup opened, so there is none (SaveStatus offers none either).
    if (saveStateRef.current.kind === 'saved' && saveStateRef.current.updated) return;
    setSaveState({ kind: 'removing' });
    // Undoing a save never deletes notes: highlights kept from an earlier copy of this page came
    // back with the save, and go aside again until the next one.
    const result = await deleteArticle(id, 'keep');
    if (!result.ok) {
      setSaveState({ kind: 'failed', reason: result.reason });
      return;
    }
    setArticleId(null);
    setImagesOffer(null);
    setSaveState({ kind: 'removed' });
    await sendMessage('libraryChanged', undefined).catch((error: unknown) =>
      console.warn('Liseuse: could not refresh the badge', error),
    );
  }, []);

  const keepImages = useCallback(() => {
    const { articleId: id, imagesOffer: offer } = current.current;
    if (!id || offer?.kind !== 'offer') return;
    // permissions.request needs this click's user gesture: nothing may be awaited before it.
    const asked = requestOrigins(offer.origins);
    void asked.then(async (granted) => {
      if (!granted) return setImagesOffer({ kind: 'refused' });
      setImagesOffer({ kind: 'keeping' });
      // The background also retries on permissions.onAdded; this answers once both are done.
      await sendMessage('retryMissingImages', { patterns: originPatterns(offer.origins) }).catch((error: unknown) =>
        console.warn('Liseuse: retrying the images failed', error),
      );
      const [stored, article] = await Promise.all([getArticleImages(id), getArticle(id)]);
      // Undo may have removed the article while its images were being fetched.
      if (current.current.articleId !== id) return;
      setImages(stored);
      setImagesOffer(null);
      setSaveState((state) => ({ ...state, kind: 'saved', missingImages: article?.missingImageCount ?? 0 }));
    }).catch((error: unknown) => {
      // The Library could not be read back: offer again rather than stay on "Keeping…".
      console.warn('Liseuse: could not show the kept images', error);
      setImagesOffer(offer);
    });
  }, []);

  useEffect(() => {
    void reading.then(async (result) => {
      if (!result.ok) return setPage({ kind: 'failed', reason: result.reason });
      let wholeArrived!: (extraction: Extraction | null) => void;
      const extraction = new Promise<Extraction | null>((resolve) => (wholeArrived = resolve));
      const first = { kind: 'ready' as const, shown: result.first, extraction, tab: result.tab };
      current.current.page = first;
      setPage(first);
      // The first part is painted before the rest is even asked for: its arrival cannot delay it.
      await afterPaint();
      const rest = await result.rest();
      if (!rest.ok) {
        wholeArrived(null);
        return setPage({ kind: 'failed', reason: rest.reason });
      }
      wholeArrived(rest.extraction);
      const whole = { ...first, shown: rest.extraction };
      current.current.page = whole;
      setPage(whole);
      // The whole article is painted before saving starts: the save never delays the view.
      await afterPaint();
      if (result.autoSave) await save();
    }, (error: unknown) => {
      // readActiveTab returns its failures as values; this is a bug, shown as "no article".
      console.error('Liseuse: reading the tab failed', error);
      setPage({ kind: 'failed', reason: 'no-article' });
    });
  }, [reading, save]);

  const actions = { save: () => void save(), undo: () => void undo(), keepImages };
  if (page.kind !== 'ready') return { ...page, ...actions };
  return { kind: 'ready', extraction: page.shown, saveState, articleId, images, imagesOffer, ...actions };
}

/** Resolves after the next frame is painted (a task queued from requestAnimationFrame runs after it). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
