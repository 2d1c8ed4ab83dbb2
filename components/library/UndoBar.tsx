import { useEffect } from 'preact/hooks';
import { t } from '../../lib/shared/i18n';

/** How long Undo stays offered: long enough to notice, short enough not to pile up. */
export const UNDO_TIMEOUT_MS = 10_000;

export type UndoBarProps = { message: string; onUndo(): void; onDismiss(): void };

/** "3 articles deleted — Undo", announced politely, gone after a while. */
export function UndoBar({ message, onUndo, onDismiss }: UndoBarProps) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, UNDO_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [message, onDismiss]);
  return (
    <div class="library-undo" role="status">
      <span>{message}</span>
      <button type="button" class="button" onClick={onUndo}>{t('libraryUndo')}</button>
      <button type="button" class="button link" aria-label={t('libraryDismiss')} onClick={onDismiss}>×</button>
    </div>
  );
}
