import type { ComponentChildren } from 'preact';
import { headingKeyFor, messageKeyFor, type Reason } from '../../lib/shared/errors';
import { t } from '../../lib/shared/i18n';

export type ErrorMessageProps = {
  reason: Reason;
  /** Next steps the reader can take right here (e.g. "Try again" or "Open the Library"). */
  children?: ComponentChildren;
};

/** Names what happened in its own heading, says what to do next, and offers the next step. */
export function ErrorMessage({ reason, children }: ErrorMessageProps) {
  const headingId = `message-${reason}`;
  return (
    <section class="message" data-reason={reason} aria-labelledby={headingId}>
      <h1 id={headingId} tabIndex={-1}>
        {t(headingKeyFor(reason))}
      </h1>
      <p>{t(messageKeyFor(reason))}</p>
      {children && <div class="message-actions">{children}</div>}
    </section>
  );
}
