import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorMessage } from '../../../components/common/ErrorMessage';
import { REASON_HEADING_KEYS, REASON_MESSAGE_KEYS, type Reason } from '../../../lib/shared/errors';
import { stubI18n } from '../../support/stub-i18n';

describe('ErrorMessage', () => {
  afterEach(cleanup);

  it.each(['restricted-page', 'no-article', 'pdf', 'still-loading', 'load-failed', 'quota'] satisfies Reason[])(
    'names "%s" in its own heading and explains it, in English and in French',
    (reason) => {
      for (const locale of ['en', 'fr'] as const) {
        const messages = stubI18n(locale);
        render(<ErrorMessage reason={reason} />);
        const region = screen.getByRole('region');
        expect(screen.getByRole('heading').textContent).toBe(messages[REASON_HEADING_KEYS[reason]].message);
        expect(region.textContent).toContain(messages[REASON_MESSAGE_KEYS[reason]].message);
        cleanup();
      }
    },
  );

  it('gives each reason a heading of its own', () => {
    const headings = Object.values(REASON_HEADING_KEYS);
    expect(new Set(headings).size).toBe(headings.length);
  });

  it('shows the next step it is given', () => {
    stubI18n('en');
    render(
      <ErrorMessage reason="not-found">
        <a href="reader.html">Open the Library</a>
      </ErrorMessage>,
    );
    expect(screen.getByRole('link', { name: 'Open the Library' })).toBeTruthy();
  });
});
