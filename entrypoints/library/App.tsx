import { DownloadBar } from '../../components/library/DownloadBar';
import { LibraryBrowser } from '../../components/library/LibraryBrowser';
import { LibraryPage } from '../../components/library/LibraryPage';
import { ROW_HEIGHT } from '../../components/library/LibraryRow';
import { useDownloads } from '../../lib/library/use-downloads';
import { useLibraryStore } from '../../lib/library/use-library-store';
import { rowsInView } from '../../lib/library/virtual-window';
import type { LibraryItem } from '../../lib/shared/library-item';
import { optionsHref, readerHref } from '../../lib/shared/extension-pages';

/** The Library as a full page: every saved article, searchable, with bulk actions and downloads. */
export function App({ firstScreen }: { firstScreen: Promise<LibraryItem[]> }) {
  const store = useLibraryStore({ firstRows: rowsInView(ROW_HEIGHT, window.innerHeight), firstScreen });
  const downloads = useDownloads(store.articles, store.complete, store.refresh);
  const showBar = downloads.pending.length > 0 || downloads.state.kind !== 'idle';
  const banner = showBar && (
    <DownloadBar
      pendingCount={downloads.pending.length}
      state={downloads.state}
      onDownloadAll={downloads.downloadAll}
      onCancel={downloads.cancel}
    />
  );
  return (
    <LibraryPage optionsHref={optionsHref()}>
      <LibraryBrowser
        store={store}
        hrefFor={readerHref}
        open={(id) => location.assign(readerHref(id))}
        banner={banner}
      />
    </LibraryPage>
  );
}
