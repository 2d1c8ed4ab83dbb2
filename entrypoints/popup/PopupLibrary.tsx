import { PopupLibrary } from '../../components/popup/PopupLibrary';
import { ROW_HEIGHT } from '../../components/library/LibraryRow';
import { useLibraryStore } from '../../lib/library/use-library-store';
import { rowsInView } from '../../lib/library/virtual-window';
import { libraryHref, openInNewTab, readerHref } from '../../lib/shared/extension-pages';

/** The Library inside the popup; loaded only when asked for, so the article view starts without it. */
export function PopupLibraryView({ onBack }: { onBack: () => void }) {
  const store = useLibraryStore({ firstRows: rowsInView(ROW_HEIGHT, window.innerHeight) });
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
