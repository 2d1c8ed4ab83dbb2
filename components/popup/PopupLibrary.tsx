import { LibraryBrowser } from '../library/LibraryBrowser';
import type { LibraryStore } from '../../lib/library/use-library-store';
import { t } from '../../lib/shared/i18n';

export type PopupLibraryProps = {
  store: LibraryStore;
  onBack(): void;
  fullLibraryHref: string;
  readerHref(id: string): string;
  open(id: string): void;
};

/**
 * The popup's Library view: one bar (back to the article, the full Library), then the Library
 * at the popup's full height, with the focus in its search field.
 */
export function PopupLibrary({ store, onBack, fullLibraryHref, readerHref, open }: PopupLibraryProps) {
  return (
    <div class="popup-library-view">
      <nav class="toolbar popup-bar" aria-label={t('popupActions')}>
        <button type="button" class="button" onClick={onBack}>
          {t('backToArticle')}
        </button>
        <span class="spacer" />
        <a class="button" href={fullLibraryHref} target="_blank" rel="noopener">
          {t('libraryOpenFullPage')}
        </a>
      </nav>
      <main aria-labelledby="popup-library-heading">
        <h1 id="popup-library-heading" class="visually-hidden">
          {t('libraryHeading')}
        </h1>
        <LibraryBrowser store={store} hrefFor={readerHref} open={open} newTab autoFocusSearch />
      </main>
    </div>
  );
}
