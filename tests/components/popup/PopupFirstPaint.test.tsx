import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupFirstPaint } from '../../../components/popup/PopupFirstPaint';
import type { SafeHtml } from '../../../lib/shared/sanitize';
import { makeExtraction } from '../../support/make-extraction';
import { stubI18n } from '../../support/stub-i18n';

describe('PopupFirstPaint', () => {
  beforeEach(() => stubI18n('en'));
  afterEach(cleanup);

  it("paints the first screen as the popup's article view, inert until the app takes over", () => {
    const first = makeExtraction('https://example.org/lac', 'Le lac gelé', 'Premier paragraphe du lac.', {
      doubt: 'short',
      html: '<p>Premier paragraphe du lac.</p>' as SafeHtml,
    });
    const { container } = render(<PopupFirstPaint first={first} />);
    expect(container.querySelector('.article-title')?.textContent).toBe('Le lac gelé');
    expect(container.querySelector('.article-body')?.textContent).toContain('Premier paragraphe du lac.');
    // The same bar, notices and region as the app's view, so the swap does not move anything.
    expect(
      container.querySelector('.popup-article-view > nav.popup-bar + .popup-notices + main.popup-main'),
    ).not.toBeNull();
    expect(screen.getByRole('note', { hidden: true }).textContent).toContain('may not be an article');
    const root = container.firstElementChild!;
    expect(root.hasAttribute('inert')).toBe(true);
    expect(root.querySelector('button')?.closest('[inert]')).toBe(root);
  });
});
