import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { countImagesFrom } from './count-images-from';
import { deleteArticle, getArticle, getArticleImages, restoreArticle, snapshotArticleAt } from '../storage/articles';
import type { ArticleSnapshot } from '../shared/article';
import { addressToFileUnder } from '../shared/same-site';
import type { Extraction, ExtractionFirstPart } from '../extract/types';
import type { Reason } from '../shared/errors';
import { t } from '../shared/i18n';
import { SAVE_START_MARK, SAVED_MARK } from '../shared/marks';
import { sendMessage } from '../shared/messages';
import { readActiveTab, type ActiveTab, type ActiveTabReading } from './read-active-tab';
import { linkExtraction } from './link-extraction';
import { originPatterns, requestOrigins } from '../saving/permissions';
import type { ImagesNotice, SaveState } from './popup-state';
import type { SaveArticleResponse } from '../saving/save-article';

/** The article as shown: its first part (the first screen), then the whole extraction. */
export type ShownArticle = Omit<ExtractionFirstPart, 'complete'>;

/** What the popup shows: the page's clean article (and whether it is saved), or why not. */
export type PopupArticleState =
  | { kind: 'extracting' }
  | { kind: 'failed'; reason: Reason; tab?: ActiveTab; saveState: SaveState }
  | {
      kind: 'ready';
      extraction: ShownArticle;
      saveState: SaveState;
      articleId: string | null;
      images: ReadonlyMap<string, Blob>;
      /** Images left out by the save and why, until dismissed. */
      imagesNotice: ImagesNotice | null;
    };

/** What the popup can do. */
export interface PopupArticleActions {
  save: () => void;
  undo: () => void;
  /** Asks to read the sites holding blocked images (the click's gesture asks). */
  keepImages: () => void;
  dismissImagesNotice: () => void;
  /** Reads the tab again (a page still loading, a tab that changed). */
  retry: () => void;
  /** Saves the page as a link when it holds no article Liseuse can clean. */
  saveLink: () => void;
}

type Page =
  | { kind: 'extracting' }
  | { kind: 'failed'; reason: Reason; tab?: ActiveTab }
  /** `shown`: the first part, then the whole article; `extraction`: the whole one, null if it failed. */
  | { kind: 'ready'; shown: ShownArticle; extraction: Promise<Extraction | null>; tab: ActiveTab };

/**
 * The popup's one piece of logic: show the active tab's article (`reading`, started before the
 * first render by readActiveTab), save it at once unless auto-save is off, and offer Undo. Images
 * blocked on other sites are offered for keeping: only then is the user asked to allow those sites.
 */
export function usePopupArticle(reading: Promise<ActiveTabReading>): PopupArticleState & PopupArticleActions {
  const [page, setPage] = useState<Page>({ kind: 'extracting' });
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'unsaved' });
  const [articleId, setArticleId] = useState<string | null>(null);
  const [images, setImages] = useState<ReadonlyMap<string, Blob>>(new Map());
  const [imagesNotice, setImagesNotice] = useState<ImagesNotice | null>(null);
  // The version a save replaced, for Undo; null when the save created the article.
  const replaced = useRef<ArticleSnapshot | null>(null);
  const saveStateRef = useRef(saveState);
  saveStateRef.current = saveState;
  // Save, Undo and Keep images read the latest values without re-creating the callbacks.
  const current = useRef({ page, articleId, imagesNotice, busy: false });
  current.current = { ...current.current, page, articleId, imagesNotice };

  /** Runs one save or Undo at a time: a double click must not run it twice. */
  const once = useCallback(async (work: () => Promise<void>) => {
    if (current.current.busy) return;
    current.current.busy = true;
    try {
      await work();
    } finally {
      current.current.busy = false;
    }
  }, []);

  const store = useCallback(async (extraction: Extraction, tab: ActiveTab): Promise<SaveArticleResponse> => {
    setSaveState({ kind: 'saving' });
    setImagesNotice(null);
    // The version this save will replace, if the page is already saved (the background files it
    // under the same address): an update keeps it until the reader has seen Undo.
    const before = await snapshotArticleAt(addressToFileUnder(extraction.url, tab.url)).catch((error: unknown) => {
      console.warn('Liseuse: could not read the saved version', error);
      return null;
    });
    const result = await sendMessage('saveArticle', { extraction, pageUrl: tab.url, tabId: tab.id }).catch(
      (error: unknown) => ({ ok: false as const, reason: 'save-failed' as const, detail: String(error) }),
    );
    if (!result.ok) {
      console.warn('Liseuse: save failed', result);
      setSaveState({ kind: 'failed', reason: result.reason });
    } else {
      current.current.articleId = result.articleId;
      setArticleId(result.articleId);
      replaced.current = !result.created && before?.article.id === result.articleId ? before : null;
    }
    return result;
  }, []);

  const save = useCallback(
    () =>
      once(async () => {
        const { page: shown } = current.current;
        if (shown.kind !== 'ready') return;
        setSaveState({ kind: 'saving' });
        // A Save clicked while the rest of the article is on its way waits for it.
        const extraction = await shown.extraction;
        if (!extraction) return;
        performance.mark(SAVE_START_MARK);
        const result = await store(extraction, shown.tab);
        if (!result.ok) return;
        const stored = await getArticleImages(result.articleId);
        const { missingOrigins, missing, unavailable } = result.images;
        setImages(stored);
        // The report counts every missing image; the offer names only those a permission helps.
        const blocked =
          missingOrigins.length === 0
            ? 0
            : countImagesFrom(extraction, missingOrigins, stored) || missing - unavailable;
        setImagesNotice(
          missing === 0
            ? null
            : {
                missing,
                blocked,
                origins: missingOrigins,
                unavailable,
                offer: blocked > 0 ? 'offer' : null,
              },
        );
        setSaveState({
          kind: 'saved',
          missingImages: missing,
          updated: !result.created,
          restorable: replaced.current !== null,
        });
        performance.mark(SAVED_MARK);
      }),
    [once, store],
  );

  const saveLink = useCallback(
    () =>
      once(async () => {
        const { page: shown } = current.current;
        if (shown.kind !== 'failed' || !shown.tab) return;
        const result = await store(linkExtraction(shown.tab, t('savedAsLinkNote')), shown.tab);
        if (result.ok) {
          setSaveState({
            kind: 'saved',
            missingImages: 0,
            updated: !result.created,
            restorable: replaced.current !== null,
            asLink: true,
          });
        }
      }),
    [once, store],
  );

  const undo = useCallback(
    () =>
      once(async () => {
        const id = current.current.articleId;
        if (!id) return;
        const previous = replaced.current;
        if (previous) {
          // Undo of an update: the version saved before comes back, never a deletion.
          setSaveState({ kind: 'restoring' });
          const restored = await restoreArticle(previous);
          if (!restored.ok) return setSaveState({ kind: 'failed', reason: restored.reason });
          replaced.current = null;
          setImagesNotice(null);
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
        current.current.articleId = null;
        setArticleId(null);
        setImagesNotice(null);
        setSaveState({ kind: 'removed' });
        await sendMessage('libraryChanged', undefined).catch((error: unknown) =>
          console.warn('Liseuse: could not refresh the badge', error),
        );
      }),
    [once],
  );

  const keepImages = useCallback(() => {
    const { articleId: id, imagesNotice: notice } = current.current;
    if (!id || notice?.offer !== 'offer') return;
    // permissions.request needs this click's user gesture: nothing may be awaited before it.
    const asked = requestOrigins(notice.origins);
    // Where the browser's prompt leaves the popup open (Firefox's panel, some Chromium versions),
    // the reader sees that the answer is awaited there, not a button that seems to do nothing.
    setImagesNotice({ ...notice, offer: 'asking' });
    void asked
      .then(async (granted) => {
        if (!granted) return setImagesNotice({ ...notice, offer: 'refused' });
        setImagesNotice({ ...notice, offer: 'keeping' });
        // The background also retries on permissions.onAdded; this answers once both are done.
        await sendMessage('retryMissingImages', { patterns: originPatterns(notice.origins) }).catch((error: unknown) =>
          console.warn('Liseuse: retrying the images failed', error),
        );
        const [stored, article] = await Promise.all([getArticleImages(id), getArticle(id)]);
        // Undo may have removed the article while its images were being fetched.
        if (current.current.articleId !== id) return;
        const missing = article?.missingImageCount ?? 0;
        setImages(stored);
        setImagesNotice(
          missing === 0
            ? null
            : { ...notice, missing, blocked: Math.max(0, missing - notice.unavailable), offer: null },
        );
        setSaveState((state) => ({ ...state, kind: 'saved', missingImages: missing }));
      })
      .catch((error: unknown) => {
        // The Library could not be read back: offer again rather than stay on "Keeping…".
        console.warn('Liseuse: could not show the kept images', error);
        setImagesNotice(notice);
      });
  }, []);

  // Each reading of the tab (the first, then each Try again) has a number: an older one still
  // under way when a newer started shows nothing more.
  const readings = useRef(0);

  const show = useCallback(
    async (result: ActiveTabReading, reading: number) => {
      const isLatest = () => readings.current === reading;
      if (!result.ok) return setPage({ kind: 'failed', reason: result.reason, tab: result.tab });
      let wholeArrived!: (extraction: Extraction | null) => void;
      const extraction = new Promise<Extraction | null>((resolve) => (wholeArrived = resolve));
      const first = { kind: 'ready' as const, shown: result.first, extraction, tab: result.tab };
      current.current.page = first;
      setPage(first);
      // The first part is painted before the rest is even asked for: its arrival cannot delay it.
      await afterPaint();
      const rest = await result.rest();
      if (!isLatest()) return wholeArrived(null);
      if (!rest.ok) {
        wholeArrived(null);
        return setPage({ kind: 'failed', reason: rest.reason, tab: result.tab });
      }
      wholeArrived(rest.extraction);
      const whole = { ...first, shown: rest.extraction };
      current.current.page = whole;
      setPage(whole);
      // The whole article is painted before saving starts: the save never delays the view.
      await afterPaint();
      if (result.autoSave && isLatest()) await save();
    },
    [save],
  );

  const read = useCallback(
    (pending: Promise<ActiveTabReading>) => {
      const reading = ++readings.current;
      setPage({ kind: 'extracting' });
      setSaveState({ kind: 'unsaved' });
      void pending.then(
        (result) => (readings.current === reading ? show(result, reading) : undefined),
        (error: unknown) => {
          // readActiveTab returns its failures as values; this is a bug, shown as "no article".
          console.error('Liseuse: reading the tab failed', error);
          setPage({ kind: 'failed', reason: 'no-article' });
        },
      );
    },
    [show],
  );

  useEffect(() => read(reading), [reading, read]);

  const actions: PopupArticleActions = {
    save: () => void save(),
    undo: () => void undo(),
    keepImages,
    dismissImagesNotice: () => setImagesNotice(null),
    retry: () => read(readActiveTab({ fresh: true })),
    saveLink: () => void saveLink(),
  };
  if (page.kind === 'extracting') return { ...page, ...actions };
  if (page.kind === 'failed') return { ...page, saveState, ...actions };
  return { kind: 'ready', extraction: page.shown, saveState, articleId, images, imagesNotice, ...actions };
}

/** Resolves after the next frame is painted (a task queued from requestAnimationFrame runs after it). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
