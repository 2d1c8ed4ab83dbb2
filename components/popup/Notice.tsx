import type { ComponentChildren } from 'preact';
import { t } from '../../lib/shared/i18n';

export type NoticeProps = {
  children: ComponentChildren;
  /** Hides the notice; without it, the notice cannot be dismissed. */
  onDismiss?: () => void;
  tone?: 'info' | 'problem';
};

/** A short explanation in the flow under the popup's bar (never in the bar), that the reader can dismiss. */
export function Notice({ children, onDismiss, tone = 'info' }: NoticeProps) {
  return (
    <div class="popup-notice" data-tone={tone}>
      <div class="popup-notice-body">{children}</div>
      {onDismiss && (
        <button
          type="button"
          class="button link popup-notice-close"
          aria-label={t('dismissNotice')}
          onClick={onDismiss}
        >
          ×
        </button>
      )}
    </div>
  );
}
