import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightEditor } from '../../../components/reader/HighlightEditor';
import { createHighlight, makeTarget } from '../../../lib/highlights/highlight';
import { stubI18n } from '../../support/stub-i18n';

const highlight = (note: string) => ({
  ...createHighlight({
    articleId: 'a',
    target: makeTarget({ exact: 'passage', prefix: '', suffix: '' }, { start: 0, end: 7 }),
    note,
  }),
  id: 'h1',
});

describe('HighlightEditor', () => {
  afterEach(cleanup);

  it('keeps what is typed over a note that trails it, and shows the note read again after another tab changed it', () => {
    stubI18n('en');
    const props = {
      place: { top: 0, left: 0 },
      focusNote: true,
      onColour: vi.fn(),
      onNote: vi.fn(),
      onDelete: vi.fn(),
      onClose: vi.fn(),
    };
    const { rerender } = render(<HighlightEditor {...props} highlight={highlight('a')} revision={0} />);
    const field = screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: 'ab' } });
    rerender(<HighlightEditor {...props} highlight={highlight('a')} revision={0} />);
    expect(field.value).toBe('ab');
    rerender(<HighlightEditor {...props} highlight={highlight('a\nfrom the other tab')} revision={1} />);
    expect(field.value).toBe('a\nfrom the other tab');
  });
});
