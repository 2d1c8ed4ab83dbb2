import { BackBar } from '../../components/popup/BackBar';
import { LibraryBrowser } from '../../components/library/LibraryBrowser';
import { ROW_HEIGHT } from '../../components/library/LibraryRow';
import { useLibraryStore } from '../../lib/library/use-library-store';
import { rowsInView } from '../../lib/library/virtual-window';
import { libraryHref, openInNewTab, readerHref } from '../../lib/shared/extension-pages';
import { t } from '../../lib/shared/i18n';

/** The Library inside the popup; loaded only when asked for, so the article view starts without it. */
export function PopupLibrary({ onBack }: { onBack: () => void }) {
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
