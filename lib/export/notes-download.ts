import { t } from '../shared/i18n';
import { markdownTemplate } from '../storage/settings';
import { downloadFile } from './download-file';
import { exportNotes, type ExportFile, type NotesFormat } from './export-notes';
import { gatherNotes } from './gather-notes';
import { checkTemplate } from './markdown-template';

/** Why an export produced no file. */
export type ExportFailure = { ok: false; message: string };

/** Builds the export of the articles `ids` in `format` (the reader's template for Markdown). */
export async function buildNotesFile(
  ids: readonly string[],
  format: NotesFormat,
  now = Date.now(),
): Promise<{ ok: true; file: ExportFile } | ExportFailure> {
  try {
    const items = await gatherNotes(ids, format === 'epub');
    if (items.length === 0) return { ok: false, message: t('exportNothing') };
    if (format === 'epub') {
      const epub = {
        labels: {
          contents: t('exportEpubContents'),
          notes: t('exportEpubNotes'),
          articleNote: t('articleNote'),
          notFound: t('highlightsOrphans'),
          backToText: t('exportEpubBack'),
          source: t('exportEpubSource'),
        },
        title: t('exportEpubTitle', String(items.length)),
        language: navigator.language,
        identifier: `urn:uuid:${crypto.randomUUID()}`,
        modified: new Date(now),
        win: window,
      };
      return { ok: true, file: await exportNotes({ format, items, epub, now }) };
    }
    if (format === 'markdown') {
      const stored = await markdownTemplate.getValue();
      // A template that no longer parses (edited by hand in storage) gives way to the default.
      const template = stored && checkTemplate(stored).ok ? stored : undefined;
      return { ok: true, file: await exportNotes({ format, items, template, now }) };
    }
    return { ok: true, file: await exportNotes({ format, items, now }) };
  } catch (error) {
    console.error('Liseuse: export failed', error);
    return { ok: false, message: t('exportFailed', error instanceof Error ? error.message : String(error)) };
  }
}

/** Exports and downloads; resolves to null when the file was handed to the browser, else why not. */
export async function downloadNotes(ids: readonly string[], format: NotesFormat): Promise<string | null> {
  const result = await buildNotesFile(ids, format);
  if (!result.ok) return result.message;
  downloadFile(result.file);
  return null;
}
