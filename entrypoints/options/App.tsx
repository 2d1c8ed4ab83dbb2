import { ErrorMessage } from '../../components/common/ErrorMessage';
import { BackupPanel } from '../../components/options/BackupPanel';
import { ImportPanel } from '../../components/options/ImportPanel';
import { RestorePanel } from '../../components/options/RestorePanel';
import { StorageUsagePanel } from '../../components/options/StorageUsagePanel';
import { useBackup } from '../../lib/options/use-backup';
import { useImport } from '../../lib/options/use-import';
import { useRestore } from '../../lib/options/use-restore';
import { useStorageUsage } from '../../lib/options/use-storage-usage';
import { useMarkdownTemplate } from '../../lib/options/use-markdown-template';
import { MarkdownTemplateEditor } from '../../components/options/MarkdownTemplateEditor';
import { libraryHref } from '../../lib/shared/extension-pages';
import { t } from '../../lib/shared/i18n';

/** Liseuse's options: how much the Library stores, backup and restore, imports, and the Markdown export's template. */
export function App() {
  const { usage, failure } = useStorageUsage();
  const template = useMarkdownTemplate();
  const backup = useBackup();
  const restore = useRestore();
  const importer = useImport();
  return (
    <main class="options-page">
      <h1>{t('optionsHeading')}</h1>
      {failure ? <ErrorMessage reason={failure} /> : <StorageUsagePanel usage={usage} libraryHref={libraryHref()} />}
      <BackupPanel state={backup.state} onStart={backup.start} onCancel={backup.cancel} />
      <RestorePanel state={restore.state} interrupted={restore.interrupted} onPick={restore.pick} onStart={restore.start} onCancel={restore.cancel} />
      <ImportPanel
        state={importer.state}
        libraryHref={libraryHref()}
        onPick={importer.pick}
        onConfirm={importer.confirm}
        onCancel={importer.cancel}
        onReset={importer.reset}
      />
      <MarkdownTemplateEditor editing={template} />
    </main>
  );
}
