import type { ComponentType } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { PopupArticle } from '../../components/popup/PopupArticle';
import { usePopupArticle } from '../../lib/popup/use-popup-article';
import { usePopupView } from '../../lib/popup/use-popup-view';
import { useInitialFocus } from '../../lib/popup/use-initial-focus';
import { useErrorActions } from '../../lib/popup/use-error-actions';
import { removeFirstPaint } from '../../lib/popup/first-paint';
import { readerHref } from '../../lib/shared/extension-pages';
import type { ActiveTabReading } from '../../lib/popup/read-active-tab';

type LibraryView = ComponentType<{ onBack: () => void }>;

/** The popup: the clean article of the current tab (saved at once), or the Library. */
export function App({ reading }: { reading: Promise<ActiveTabReading> }) {
  const article = usePopupArticle(reading);
  const { view, showLibrary, showArticle } = usePopupView();
  // The Library's code is fetched when first shown: the article view never waits for it.
  const [Library, setLibrary] = useState<LibraryView | null>(null);
  const main = useRef<HTMLElement>(null);
  useInitialFocus(main, article.kind);
  const failure = useErrorActions(article);
  // The first screen painted before this app loaded goes in the same frame as this view comes (a layout effect).
  useLayoutEffect(() => {
    if (article.kind !== 'extracting') removeFirstPaint();
  }, [article.kind]);
  const openLibrary = () => {
    void import('./PopupLibrary').then(
      ({ PopupLibraryView }) => {
        setLibrary(() => PopupLibraryView);
        showLibrary();
      },
      (error: unknown) => console.error('Liseuse: could not load the Library view', error),
    );
  };
  const libraryShown = view === 'library' && Library !== null;
  return (
    <>
      <PopupArticle
        state={article}
        actions={article}
        errorActions={failure.actions}
        onErrorAction={failure.run}
        onShowLibrary={openLibrary}
        readerHref={readerHref}
        mainRef={main}
        hidden={libraryShown}
      />
      {libraryShown && <Library onBack={showArticle} />}
    </>
  );
}
