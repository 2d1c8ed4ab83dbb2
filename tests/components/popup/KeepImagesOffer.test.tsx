import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeepImagesOffer } from '../../../components/popup/KeepImagesOffer';
import type { ImagesOffer } from '../../../lib/popup/popup-state';
import { SaveStatus } from '../../../components/popup/SaveStatus';
import { stubI18n } from '../../support/stub-i18n';

const offer: ImagesOffer = { kind: 'offer', count: 3, origins: ['https://cdn.example', 'http://127.0.0.1:8081'] };

function renderSaved(imagesOffer: ImagesOffer | null, missingImages = 3) {
  const onKeepImages = vi.fn();
  render(
    <SaveStatus
      state={{ kind: 'saved', missingImages }}
      onSave={vi.fn()}
      onUndo={vi.fn()}
      imagesOffer={imagesOffer}
      onKeepImages={onKeepImages}
    />,
  );
  return { onKeepImages };
}

describe('KeepImagesOffer in the save status', () => {
  afterEach(cleanup);

  it('explains that images are on other sites, names them, and offers Keep images', () => {
    stubI18n('en');
    const { onKeepImages } = renderSaved(offer);
    const status = screen.getByRole('status').textContent;
    expect(status).toContain('3 images could not be kept');
    expect(status).toContain('3 images are on other sites (cdn.example, 127.0.0.1:8081)');
    expect(status).toContain('if you allow it to read those sites');
    const button = screen.getByRole('button', { name: 'Keep images' });
    expect(button.tagName).toBe('BUTTON');
    fireEvent.click(button);
    expect(onKeepImages).toHaveBeenCalledOnce();
  });

  it('speaks of one image in the singular', () => {
    stubI18n('en');
    renderSaved({ kind: 'offer', count: 1, origins: ['https://cdn.example'] }, 1);
    expect(screen.getByRole('status').textContent).toContain('1 image is on another site (cdn.example)');
  });

  it('says so in French', () => {
    stubI18n('fr');
    renderSaved(offer);
    expect(screen.getByRole('status').textContent).toContain('3 images sont sur d’autres sites (cdn.example, 127.0.0.1:8081)');
    expect(screen.getByRole('button', { name: 'Garder les images' })).toBeTruthy();
  });

  it('while keeping, says so without a button', () => {
    stubI18n('en');
    renderSaved({ kind: 'keeping' });
    expect(screen.getByRole('status').textContent).toContain('Keeping the images…');
    expect(screen.queryByRole('button', { name: 'Keep images' })).toBeNull();
  });

  it('when refused, says the images show as placeholders with their alt text', () => {
    stubI18n('en');
    renderSaved({ kind: 'refused' });
    expect(screen.getByRole('status').textContent).toContain('placeholders with their alt text');
    expect(screen.queryByRole('button', { name: 'Keep images' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('shows nothing more when no image is on another site, or once the article is removed', () => {
    stubI18n('en');
    renderSaved(null, 0);
    expect(screen.getByRole('status').textContent).toBe('Saved for offline readingUndo');
    cleanup();
    render(<SaveStatus state={{ kind: 'removed' }} onSave={vi.fn()} onUndo={vi.fn()} imagesOffer={offer} onKeepImages={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Keep images' })).toBeNull();
  });

  it('renders alone as a paragraph with a real button', () => {
    stubI18n('en');
    const onKeepImages = vi.fn();
    render(<KeepImagesOffer offer={offer} onKeepImages={onKeepImages} />);
    fireEvent.click(screen.getByRole('button', { name: 'Keep images' }));
    expect(onKeepImages).toHaveBeenCalledOnce();
  });
});
