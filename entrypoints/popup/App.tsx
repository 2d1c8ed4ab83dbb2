import { useRef } from 'preact/hooks';
import { PopupArticle } from '../../components/popup/PopupArticle';
import { PopupLibrary } from '../../components/popup/PopupLibrary';
import { usePopupArticle } from '../../lib/popup/use-popup-article';
import { usePopupView } from '../../lib/popup/use-popup-view';
import { useInitialFocus } from '../../lib/popup/use-initial-focus';
import { useErrorActions } from '../../lib/popup/use-error-actions';
import { useLibraryStore } from '../../lib/library/use-library-store';
import { libraryHref, openInNewTab, readerHref } from '../../lib/shared/extension-pages';
import type { ActiveTabReading } from '../../lib/popup/read-active-tab';

/** The popup: the clean article of the current tab (saved at once), or the Library. */
export function App({ reading }: { reading: Promise<ActiveTabReading> }) {
  const article = usePopupArticle(reading);
  const { view, showLibrary, showArticle } = usePopupView();
  const main = useRef<HTMLElement>(null);
  useInitialFocus(main, article.kind);
  const failure = useErrorActions(article);
  return (
    <>
      <PopupArticle
        state={article}
        actions={article}
        errorActions={failure.actions}
        onErrorAction={failure.run}
        onShowLibrary={showLibrary}
        readerHref={readerHref}
        mainRef={main}
        hidden={view === 'library'}
      />
      {view === 'library' && <LibraryView onBack={showArticle} />}
    </>
  );
}

function LibraryView({ onBack }: { onBack: () => void }) {
  const store = useLibraryStore();
  return (
    <PopupLibrary
      store={store}
      onBack={onBack}
      fullLibraryHref={libraryHref()}
      readerHref={readerHref}
      open={(id) => openInNewTab(readerHref(id))}
    />
  );
}
