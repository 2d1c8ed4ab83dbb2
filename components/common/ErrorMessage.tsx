import type { ComponentChildren } from 'preact';
import { messageKeyFor, type Reason } from '../../lib/shared/errors';
import { t } from '../../lib/shared/i18n';

export type ErrorMessageProps = {
  reason: Reason;
  /** A next step the reader can take right here (e.g. a "Try again" or "Open the library" button). */
  children?: ComponentChildren;
};

/** Says what went wrong and what to do next, for one failure reason. */
export function ErrorMessage({ reason, children }: ErrorMessageProps) {
  return (
    <section class="message" role="alert" data-reason={reason}>
      <h1>{t('errorHeading')}</h1>
      <p>{t(messageKeyFor(reason))}</p>
      {children}
    </section>
  );
}
