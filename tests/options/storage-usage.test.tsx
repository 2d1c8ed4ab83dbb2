import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageUsagePanel } from '../../components/options/StorageUsagePanel';
import { formatBytes, storageLevel } from '../../lib/options/storage-report';
import { stubI18n } from '../support/stub-i18n';

const usage = (used: number, quota: number) => ({
  articles: 1234,
  images: 56,
  imageBytes: 7_800_000,
  usage: used,
  quota,
  persisted: true,
});

describe('storage use on the options page', () => {
  beforeEach(() => stubI18n('en'));
  afterEach(cleanup);

  it('grades how full storage is', () => {
    expect(storageLevel(10, 100)).toBe('ok');
    expect(storageLevel(92, 100)).toBe('nearly-full');
    expect(storageLevel(99, 100)).toBe('full');
    expect(storageLevel(99, 0)).toBe('ok');
    expect(formatBytes(7_800_000, 'en')).toBe('7.8 MB');
    expect(formatBytes(512, 'en')).toBe('512 bytes');
    expect(formatBytes(2_100_000, 'fr')).toMatch(/^2,1\s?Mo$/u);
  });

  it('shows articles, images, total and quota', () => {
    render(<StorageUsagePanel usage={usage(20_000_000, 1_000_000_000)} libraryHref="library.html" />);
    expect(screen.getByTestId('storage-articles').textContent).toBe((1234).toLocaleString());
    expect(screen.getByTestId('storage-images').textContent).toContain('7.8 MB');
    expect(screen.getByTestId('storage-total').textContent).toBe('20 MB');
    expect(screen.getByTestId('storage-quota').textContent).toContain('2%');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says clearly when the browser refuses more data, and what to do', () => {
    render(<StorageUsagePanel usage={usage(995, 1000)} libraryHref="library.html" />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Not enough storage space');
    expect(alert.textContent).toContain('Delete some articles');
    expect(alert.querySelector('a')?.getAttribute('href')).toBe('library.html');
  });
});
