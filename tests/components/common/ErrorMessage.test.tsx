import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorMessage } from '../../../components/common/ErrorMessage';
import { REASON_MESSAGE_KEYS, type Reason } from '../../../lib/shared/errors';
import { stubI18n } from '../../support/stub-i18n';

describe('ErrorMessage', () => {
  afterEach(cleanup);

  it.each(['restricted-page', 'no-article', 'pdf', 'still-loading', 'quota'] satisfies Reason[])(
    'explains "%s" in an alert, in English and in French',
    (reason) => {
      const en = stubI18n('en');
      render(<ErrorMessage reason={reason} />);
      expect(screen.getByRole('alert').textContent).toContain(en[REASON_MESSAGE_KEYS[reason]].message);
      cleanup();
      const fr = stubI18n('fr');
      render(<ErrorMessage reason={reason} />);
      expect(screen.getByRole('alert').textContent).toContain(fr[REASON_MESSAGE_KEYS[reason]].message);
    },
  );

  it('shows the next step it is given', () => {
    stubI18n('en');
    render(
      <ErrorMessage reason="not-found">
        <a href="reader.html">Open the library</a>
      </ErrorMessage>,
    );
    expect(screen.getByRole('link', { name: 'Open the library' })).toBeTruthy();
  });
});
