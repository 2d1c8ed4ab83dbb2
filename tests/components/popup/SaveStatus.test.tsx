import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveStatus } from '../../../components/popup/SaveStatus';
import type { SaveState } from '../../../lib/popup/popup-state';
import { stubI18n } from '../../support/stub-i18n';

function renderStatus(state: SaveState) {
  const onSave = vi.fn();
  const onUndo = vi.fn();
  render(<SaveStatus state={state} onSave={onSave} onUndo={onUndo} />);
  return { onSave, onUndo };
}

describe('SaveStatus', () => {
  beforeEach(() => stubI18n('en'));
  afterEach(cleanup);

  it('says the article is saved and offers Undo', () => {
    const { onUndo } = renderStatus({ kind: 'saved', missingImages: 0 });
    expect(screen.getByRole('status').textContent).toContain('Saved for offline reading');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledOnce();
  });

  it('offers no Undo when the save only updated an article already in the Library', () => {
    renderStatus({ kind: 'saved', missingImages: 0, updated: true });
    expect(screen.getByRole('status').textContent).toContain('Already in your Library');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers a Save button when auto-save is off, and again after Undo', () => {
    const first = renderStatus({ kind: 'unsaved' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(first.onSave).toHaveBeenCalledOnce();
    cleanup();
    renderStatus({ kind: 'removed' });
    expect(screen.getByRole('status').textContent).toContain('Removed from your library');
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
  });

  it('says a save failed in one line, with Try again (the notice under the bar explains why)', () => {
    const { onSave } = renderStatus({ kind: 'failed', reason: 'quota' });
    expect(screen.getByRole('status').textContent).toContain('Not saved');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onSave).toHaveBeenCalledOnce();
  });

  it('uses real buttons, reachable with the keyboard', () => {
    renderStatus({ kind: 'saved', missingImages: 0 });
    expect(screen.getByRole('button', { name: 'Undo' }).tagName).toBe('BUTTON');
  });
});
