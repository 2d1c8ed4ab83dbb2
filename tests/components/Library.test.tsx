import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../components/Library';
import type { LibraryEntry } from '../../components/LibraryList';
import { stubI18n } from './stub-i18n';

const newest: LibraryEntry = { id: 'b', title: 'Newest', siteName: 'Site B', readingMinutes: 4, savedAt: Date.UTC(2026, 1, 2) };
const oldest: LibraryEntry = { id: 'a', title: 'Oldest', siteName: null, readingMinutes: 0, savedAt: Date.UTC(2026, 0, 1) };
const hrefFor = (id: string) => `reader.html?id=${id}`;

describe('Library', () => {
  beforeEach(() => stubI18n('en'));
  afterEach(cleanup);

  it('lists articles in the given order as links to the reader', () => {
    render(<Library articles={[newest, oldest]} hrefFor={hrefFor} />);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      expect.stringContaining('Newest'),
      expect.stringContaining('Oldest'),
    ]);
    expect(links[0].getAttribute('href')).toBe('reader.html?id=b');
    expect(links[0].textContent).toContain('Site B · 4 min read');
    expect(links[1].textContent).toContain('1 min read');
  });

  it('opens articles in a new tab from the popup', () => {
    render(<Library articles={[newest]} hrefFor={hrefFor} newTab />);
    expect(screen.getByRole('link').getAttribute('target')).toBe('_blank');
  });

  it('says how to save a first article when empty', () => {
    render(<Library articles={[]} hrefFor={hrefFor} />);
    expect(screen.getByText(/Nothing saved yet/)).toBeTruthy();
  });

  it('says it is loading before the list arrives', () => {
    render(<Library articles={null} hrefFor={hrefFor} />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
  });
});
