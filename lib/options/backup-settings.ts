import type { JsonRecord } from '../backup/types';
import { normalizeReaderSettings } from '../shared/reader-settings';
import { autoSave, markdownTemplate, readerSettings } from '../storage/settings';

/** The reader's preferences a backup carries: reader settings, automatic saving, the notes' Markdown template. */
export async function readBackupSettings(): Promise<JsonRecord> {
  const settings = {
    readerSettings: await readerSettings.getValue(),
    autoSave: await autoSave.getValue(),
    markdownTemplate: await markdownTemplate.getValue(),
  };
  return JSON.parse(JSON.stringify(settings)) as JsonRecord;
}

/** Writes the preferences a backup holds, each checked as if it were read from storage; unknown ones are ignored. */
export async function applyBackupSettings(settings: JsonRecord): Promise<void> {
  if (settings.readerSettings !== undefined)
    await readerSettings.setValue(normalizeReaderSettings(settings.readerSettings));
  if (typeof settings.autoSave === 'boolean') await autoSave.setValue(settings.autoSave);
  if (typeof settings.markdownTemplate === 'string' || settings.markdownTemplate === null)
    await markdownTemplate.setValue(settings.markdownTemplate);
}
