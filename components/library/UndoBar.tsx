import { useTimeout } from '../../lib/shared/use-timeout';
import { t } from '../../lib/shared/i18n';

/** How long Undo stays offered: long enough to notice, short enough not to pile up. */
export const UNDO_TIMEOUT_MS = 10_000;

export type UndoBarProps = {
  message: string;
  /** Changes with each new action, so the time to undo starts again. */
  actionId?: number;
  onUndo(): void;
  onDismiss(): void;
};

/** "3 articles deleted — Undo", announced politely, gone after a while. */
export function UndoBar({ message, actionId, onUndo, onDismiss }: UndoBarProps) {
  useTimeout(onDismiss, UNDO_TIMEOUT_MS, actionId ?? message);
  return (
    <div class="undo-bar" role="status">
      <span>{message}</span>
      <button type="button" class="button" onClick={onUndo}>
        {t('libraryUndo')}
      </button>
      <button type="button" class="button link" aria-label={t('libraryDismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
