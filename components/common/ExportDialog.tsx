import { useEffect, useRef, useState } from 'preact/hooks';
import { NOTES_FORMATS, type NotesFormat } from '../../lib/export/notes-formats';
import { t } from '../../lib/shared/i18n';

/** A choice of what to export ("this article", "the 3 selected articles"…). */
export interface ExportScope {
  value: string;
  label: string;
}

const FORMAT_LABELS: Record<NotesFormat, [string, string]> = {
  markdown: ['exportMarkdown', 'exportMarkdownHelp'],
  json: ['exportJson', 'exportJsonHelp'],
  csv: ['exportCsv', 'exportCsvHelp'],
  epub: ['exportEpub', 'exportEpubHelp'],
};

export type ExportDialogProps = {
  scopes: readonly ExportScope[];
  /** Builds and downloads the file; resolves to null when done, or to what went wrong. */
  onExport(scope: string, format: NotesFormat): Promise<string | null>;
  onClose(): void;
};

/**
 * "Export notes": the scope (when there is a choice) and the format, then a downloaded file.
 * A modal <dialog>: the browser keeps the focus inside and Escape closes it.
 */
export function ExportDialog({ scopes, onExport, onClose }: ExportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [scope, setScope] = useState(scopes[0]?.value ?? '');
  const [format, setFormat] = useState<NotesFormat>('markdown');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const failed = await onExport(scope, format);
    setBusy(false);
    if (failed) setProblem(failed);
    else onClose();
  };

  return (
    <dialog ref={dialog} class="export-dialog" aria-labelledby="export-dialog-title" onCancel={onClose}>
      <form method="dialog" onSubmit={(event) => void submit(event)}>
        <h2 id="export-dialog-title">{t('exportHeading')}</h2>
        {scopes.length > 1 && (
          <fieldset>
            <legend>{t('exportScope')}</legend>
            {scopes.map((choice) => (
              <label key={choice.value}>
                <input
                  type="radio"
                  name="scope"
                  value={choice.value}
                  checked={scope === choice.value}
                  onChange={() => setScope(choice.value)}
                />
                {choice.label}
              </label>
            ))}
          </fieldset>
        )}
        {scopes.length === 1 && <p>{scopes[0].label}</p>}
        <fieldset>
          <legend>{t('exportFormat')}</legend>
          {NOTES_FORMATS.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="format"
                value={value}
                checked={format === value}
                onChange={() => setFormat(value)}
              />
              <span>
                <strong>{t(FORMAT_LABELS[value][0])}</strong> <span class="muted">{t(FORMAT_LABELS[value][1])}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {problem && (
          <p class="export-problem" role="alert">
            {problem}
          </p>
        )}
        <div class="export-actions">
          <button type="button" class="button" onClick={onClose}>
            {t('exportCancel')}
          </button>
          <button type="submit" class="button primary" disabled={busy || scopes.length === 0}>
            {busy ? t('exportBusy') : t('exportDownload')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
