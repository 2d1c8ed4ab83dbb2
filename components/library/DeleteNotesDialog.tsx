import { useEffect, useRef } from 'preact/hooks';
import type { NotesOnDelete } from '../../lib/shared/article';
import { t } from '../../lib/shared/i18n';

export type DeleteNotesDialogProps = {
  /** How many of the articles to delete have highlights or a note; null when that could not be read. */
  count: number | null;
  onChoose(notes: NotesOnDelete): void;
  onCancel(): void;
};

/**
 * Asked before deleting articles that have highlights or notes: delete them too (the default,
 * focused first, and undoable like the delete) or keep them for a later save of the same page.
 * Asked too when which articles have notes could not be read: the reader decides, not a default.
 */
export function DeleteNotesDialog({ count, onChoose, onCancel }: DeleteNotesDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    element?.querySelector<HTMLButtonElement>('button[data-default]')?.focus();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="export-dialog"
      aria-labelledby="delete-notes-title"
      aria-describedby="delete-notes-text"
      onCancel={onCancel}
    >
      <h2 id="delete-notes-title">{t('deleteNotesHeading')}</h2>
      <p id="delete-notes-text">{count === null ? t('deleteNotesTextUnknown') : t('deleteNotesText', String(count))}</p>
      <div class="export-actions">
        <button type="button" class="button" onClick={onCancel}>
          {t('exportCancel')}
        </button>
        <button type="button" class="button" onClick={() => onChoose('keep')}>
          {t('deleteNotesKeep')}
        </button>
        <button type="button" class="button primary" data-default onClick={() => onChoose('delete')}>
          {t('deleteNotesDelete')}
        </button>
      </div>
    </dialog>
  );
}
