import { useCallback, useState } from 'preact/hooks';
import { PopupArticle } from '../../components/PopupArticle';
import { t } from '../../lib/t';
import { BackBar } from '../../components/BackBar';
import { usePopupArticle } from '../../lib/hooks/use-popup-article';
import { openInNewTab } from '../../lib/open-in-new-tab';
import { LibraryBrowser } from '../../components/library/LibraryBrowser';
import { useLibraryStore } from '../../lib/hooks/use-library-store';
import { libraryHref } from '../../lib/library-href';
import { useEscape } from '../../lib/hooks/use-escape';
import { readerHref } from '../../lib/reader-href';
import type { ActiveTabReading } from '../../lib/read-active-tab';

/** The popup: the clean article of the current tab (saved at once), or the Library. */
export function App({ reading }: { reading: Promise<ActiveTabReading> }) {
  const article = usePopupArticle(reading);
  const [view, setView] = useState<'article' | 'library'>('article');
  useEscape(useCallback(() => (view === 'library' ? setView('article') : window.close()), [view]));

  return view === 'library' ? (
    <PopupLibrary onBack={() => setView('article')} />
  ) : (
    <PopupArticle
      state={article}
      onSave={article.save}
      onUndo={article.undo}
      onKeepImages={article.keepImages}
      onShowLibrary={() => setView('library')}
      readerHref={readerHref}
    />
  );
}

function PopupLibrary({ onBack }: { onBack: () => void }) {
  const store = useLibraryStore();
  return (
    <>
      <BackBar onBack={onBack} />
      <a class="button link" href={libraryHref()} target="_blank" rel="noopener">{t('libraryOpenFullPage')}</a>
      <LibraryBrowser
        store={store}
        hrefFor={readerHref}
        open={(id) => openInNewTab(readerHref(id))}
        newTab
      />
    </>
  );
}
