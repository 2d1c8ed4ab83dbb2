import { useCallback, useState } from 'preact/hooks';
import { PopupArticle } from '../../components/popup/PopupArticle';
import { t } from '../../lib/shared/i18n';
import { BackBar } from '../../components/popup/BackBar';
import { usePopupArticle } from '../../lib/popup/use-popup-article';
import { openInNewTab } from '../../lib/shared/extension-pages';
import { LibraryBrowser } from '../../components/library/LibraryBrowser';
import { useLibraryStore } from '../../lib/library/use-library-store';
import { rowsInView } from '../../lib/library/virtual-window';
import { ROW_HEIGHT } from '../../components/library/LibraryRow';
import { libraryHref } from '../../lib/shared/extension-pages';
import { useEscape } from '../../lib/shared/use-escape';
import { readerHref } from '../../lib/shared/extension-pages';
import type { ActiveTabReading } from '../../lib/popup/read-active-tab';

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
  const store = useLibraryStore({ firstRows: rowsInView(ROW_HEIGHT, window.innerHeight) });
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
