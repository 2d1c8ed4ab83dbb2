import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightsPanel } from '../../../components/reader/HighlightsPanel';
import { createHighlight, makeTarget } from '../../../lib/highlights/highlight';
import { stubI18n } from '../../support/stub-i18n';

const highlight = (exact: string, note = '', colour: 'yellow' | 'pink' = 'yellow') =>
  createHighlight({
    articleId: 'a',
    target: makeTarget({ exact, prefix: '', suffix: '' }, { start: 0, end: exact.length }),
    note,
    colour,
  });

/** A panel with no highlights, for its article note. */
const noteProps = () => ({
  placed: [],
  orphans: [],
  canReattach: false,
  onArticleNote: vi.fn(),
  onSelect: vi.fn(),
  onReattach: vi.fn(),
  onDelete: vi.fn(),
  onClose: vi.fn(),
});

describe('HighlightsPanel', () => {
  afterEach(cleanup);

  it('is a labelled region listing highlights in order, with notes and colour names, and orphans apart', () => {
    stubI18n('fr');
    const placed = [highlight('premier passage', 'une note', 'pink'), highlight('second passage')];
    const orphan = highlight('passage disparu', 'gardé quand même');
    const onSelect = vi.fn();
    const onReattach = vi.fn();
    render(
      <HighlightsPanel
        placed={placed}
        orphans={[orphan]}
        articleNote=""
        articleNoteState="ready"
        canReattach={false}
        onArticleNote={vi.fn()}
        onSelect={onSelect}
        onReattach={onReattach}
        onDelete={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const region = screen.getByRole('complementary', { name: 'Surlignages et notes' });
    const items = region.querySelectorAll('ol .highlight-item');
    expect([...items].map((item) => item.textContent)).toEqual(['rose : premier passage', 'jaune : second passage']);
    expect(region.textContent).toContain('une note');
    fireEvent.click(items[0]!);
    expect(onSelect).toHaveBeenCalledWith(placed[0]!.id);
    expect(screen.getByRole('heading', { name: 'Introuvables dans l’article' })).toBeTruthy();
    expect(region.textContent).toContain('gardé quand même');
    const reattach = screen.getByRole('button', { name: 'Rattacher au texte sélectionné' }) as HTMLButtonElement;
    expect(reattach.disabled).toBe(true);
  });

  it('offers to re-attach an orphan once text is selected', () => {
    stubI18n('en');
    const orphan = highlight('passage disparu');
    const onReattach = vi.fn();
    render(
      <HighlightsPanel
        placed={[]}
        orphans={[orphan]}
        articleNote="Ma note"
        articleNoteState="ready"
        canReattach
        onArticleNote={vi.fn()}
        onSelect={vi.fn()}
        onReattach={onReattach}
        onDelete={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Attach to the selected text' }));
    expect(onReattach).toHaveBeenCalledWith(orphan.id);
    expect((screen.getByRole('textbox', { name: 'Note on this article' }) as HTMLTextAreaElement).value).toBe(
      'Ma note',
    );
  });

  it('keeps the article note read-only until the stored note is read, so typing cannot replace it unseen', () => {
    stubI18n('en');
    const props = noteProps();
    const { rerender } = render(<HighlightsPanel {...props} articleNote="" articleNoteState="loading" />);
    const field = screen.getByRole('textbox', { name: 'Note on this article' }) as HTMLTextAreaElement;
    expect(field.readOnly).toBe(true);
    expect(field.placeholder).toBe('Loading…');
    rerender(<HighlightsPanel {...props} articleNote="Stored note" articleNoteState="ready" />);
    expect(field.readOnly).toBe(false);
    expect(field.value).toBe('Stored note');
    rerender(<HighlightsPanel {...props} articleNote="" articleNoteState="unreadable" />);
    expect(field.readOnly).toBe(true);
    expect(field.placeholder).toBe('Could not be read: reload the page to write here.');
  });

  it('shows a note changed from elsewhere after typing, and says when both versions were kept', () => {
    stubI18n('en');
    const props = { ...noteProps(), articleNoteState: 'ready' as const };
    const { rerender } = render(<HighlightsPanel {...props} articleNote="Stored" />);
    const field = screen.getByRole('textbox', { name: 'Note on this article' }) as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: 'Stored\nMine' } });
    expect(props.onArticleNote).toHaveBeenCalledWith('Stored\nMine');
    rerender(<HighlightsPanel {...props} articleNote={'Stored\nMine'} />);
    expect(field.value).toBe('Stored\nMine');
    expect(screen.queryByRole('status')).toBeNull();
    rerender(<HighlightsPanel {...props} articleNote={'Stored\nTheirs\nMine'} articleNoteKeptBoth />);
    expect(field.value).toBe('Stored\nTheirs\nMine');
    expect(screen.getByRole('status').textContent).toContain('changed in another tab too');
  });
});
