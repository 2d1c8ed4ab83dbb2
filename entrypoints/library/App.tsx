import { LibraryBrowser } from '../../components/library/LibraryBrowser';
import { LibraryPage } from '../../components/library/LibraryPage';
import { useLibraryStore } from '../../lib/library/use-library-store';
import { optionsHref, readerHref } from '../../lib/shared/extension-pages';

/** The Library as a full page: every saved article, searchable, with bulk actions. */
export function App() {
  const store = useLibraryStore();
  return (
    <LibraryPage optionsHref={optionsHref()}>
      <LibraryBrowser store={store} hrefFor={readerHref} open={(id) => location.assign(readerHref(id))} />
    </LibraryPage>
  );
}
