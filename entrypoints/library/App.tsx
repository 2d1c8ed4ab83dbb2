import { LibraryBrowser } from '../../components/library/LibraryBrowser';
import { useLibraryStore } from '../../lib/hooks/use-library-store';
import { readerHref } from '../../lib/reader-href';

/** The Library as a full page: every saved article, searchable, with bulk actions. */
export function App() {
  const store = useLibraryStore();
  return <LibraryBrowser store={store} hrefFor={readerHref} open={(id) => location.assign(readerHref(id))} />;
}
