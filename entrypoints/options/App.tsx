import { ErrorMessage } from '../../components/ErrorMessage';
import { StorageUsagePanel } from '../../components/options/StorageUsagePanel';
import { useStorageUsage } from '../../lib/hooks/use-storage-usage';
import { libraryHref } from '../../lib/library-href';
import { t } from '../../lib/t';

/** Liseuse's options: how much the Library stores. */
export function App() {
  const { usage, failure } = useStorageUsage();
  return (
    <main class="options-page">
      <h1>{t('optionsHeading')}</h1>
      {failure ? <ErrorMessage reason={failure} /> : <StorageUsagePanel usage={usage} libraryHref={libraryHref()} />}
    </main>
  );
}
