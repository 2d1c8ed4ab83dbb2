import { ErrorMessage } from '../../components/common/ErrorMessage';
import { BackupPanel } from '../../components/options/BackupPanel';
import { ImportPanel } from '../../components/options/ImportPanel';
import { RestorePanel } from '../../components/options/RestorePanel';
import { StorageUsagePanel } from '../../components/options/StorageUsagePanel';
import { useBackup } from '../../lib/options/use-backup';
import { useImport } from '../../lib/options/use-import';
import { useRestore } from '../../lib/options/use-restore';
import { OptionsSection } from '../../components/options/OptionsSection';
import { Switch } from '../../components/options/Switch';
import { ReaderSettingsForm } from '../../components/reader/ReaderSettingsPanel';
import { useStorageUsage } from '../../lib/options/use-storage-usage';
import { useStoredFlag } from '../../lib/options/use-stored-flag';
import { useReaderSettings } from '../../lib/reader/use-reader-settings';
import { archiveWhenFinished, autoSave } from '../../lib/storage/settings';
import { useMarkdownTemplate } from '../../lib/options/use-markdown-template';
import { MarkdownTemplateEditor } from '../../components/options/MarkdownTemplateEditor';
import { libraryHref } from '../../lib/shared/extension-pages';
import { t } from '../../lib/shared/i18n';

/** Liseuse's options: saving, reading, how much the Library stores, backup and restore, imports, the notes export's template. */
export function App() {
  const { usage, failure } = useStorageUsage();
  const [saveAtOnce, setSaveAtOnce] = useStoredFlag(autoSave);
  const [archiveAtEnd, setArchiveAtEnd] = useStoredFlag(archiveWhenFinished);
  const [settings, changeSettings, resetSettings] = useReaderSettings(false);
  const template = useMarkdownTemplate();
  const backup = useBackup();
  const restore = useRestore();
  const importer = useImport();
  return (
    <div class="options-page">
      <header class="options-header">
        <p class="library-brand">Liseuse</p>
        <h1>{t('optionsHeading')}</h1>
        <span class="spacer" />
        <a class="button" href={libraryHref()}>
          {t('libraryHeading')}
        </a>
      </header>
      <main>
        <OptionsSection id="saving" title={t('optionsSaving')}>
          <Switch
            id="auto-save"
            label={t('optionsAutoSave')}
            help={t('optionsAutoSaveHelp')}
            checked={saveAtOnce}
            onChange={setSaveAtOnce}
          />
        </OptionsSection>
        <OptionsSection id="reading" title={t('optionsReading')}>
          <p class="option-help">{t('optionsReadingHelp')}</p>
          <ReaderSettingsForm
            settings={settings}
            onChange={changeSettings}
            onReset={resetSettings}
            idPrefix="options"
          />
          <Switch
            id="archive-when-finished"
            label={t('optionsArchiveWhenFinished')}
            help={t('optionsArchiveWhenFinishedHelp')}
            checked={archiveAtEnd}
            onChange={setArchiveAtEnd}
          />
        </OptionsSection>
        <OptionsSection id="storage" title={t('storageHeading')}>
          {failure ? (
            <ErrorMessage reason={failure} />
          ) : (
            <StorageUsagePanel usage={usage} libraryHref={libraryHref()} />
          )}
        </OptionsSection>
        <BackupPanel state={backup.state} onStart={backup.start} onCancel={backup.cancel} />
        <RestorePanel
          state={restore.state}
          interrupted={restore.interrupted}
          onPick={restore.pick}
          onStart={restore.start}
          onCancel={restore.cancel}
        />
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
    </div>
  );
}
