import { ErrorMessage } from '../../components/common/ErrorMessage';
import { StorageUsagePanel } from '../../components/options/StorageUsagePanel';
import { useStorageUsage } from '../../lib/options/use-storage-usage';
import { useMarkdownTemplate } from '../../lib/options/use-markdown-template';
import { MarkdownTemplateEditor } from '../../components/options/MarkdownTemplateEditor';
import { libraryHref } from '../../lib/shared/extension-pages';
import { t } from '../../lib/shared/i18n';

/** Liseuse's options: how much the Library stores, and the Markdown export's template. */
export function App() {
  const { usage, failure } = useStorageUsage();
  const template = useMarkdownTemplate();
  return (
    <main class="options-page">
      <h1>{t('optionsHeading')}</h1>
      {failure ? <ErrorMessage reason={failure} /> : <StorageUsagePanel usage={usage} libraryHref={libraryHref()} />}
      <MarkdownTemplateEditor editing={template} />
    </main>
  );
}
