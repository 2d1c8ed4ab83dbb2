import { ErrorMessage } from '../common/ErrorMessage';
import type { ErrorAction } from '../../lib/popup/error-actions';
import type { Reason } from '../../lib/shared/errors';
import { t } from '../../lib/shared/i18n';

const LABELS: Record<ErrorAction, string> = {
  'save-link': 'saveLinkAnyway',
  retry: 'tryAgain',
  reload: 'tryAgain',
  'open-library': 'openLibrary',
};

export type PopupErrorProps = {
  reason: Reason;
  actions: ErrorAction[];
  onAction(action: ErrorAction): void;
  /** Hides "Save the link anyway" once the link is saved. */
  linkSaved?: boolean;
};

/** Why the popup has no article, with the next steps that exist for that reason; the first is the main one. */
export function PopupError({ reason, actions, onAction, linkSaved = false }: PopupErrorProps) {
  const shown = actions.filter((action) => !(linkSaved && action === 'save-link'));
  return (
    <ErrorMessage reason={reason}>
      {shown.map((action, index) => (
        <button
          key={action}
          type="button"
          class={index === 0 ? 'button primary' : 'button'}
          onClick={() => onAction(action)}
        >
          {t(LABELS[action])}
        </button>
      ))}
    </ErrorMessage>
  );
}
