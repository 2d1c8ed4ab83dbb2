import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleHeader } from '../../../components/article/ArticleHeader';
import { stubI18n } from '../../support/stub-i18n';

const props = {
  title: 'Trop de requêtes',
  byline: 'Camille Moreau',
  siteName: 'Le Journal du Numérique',
  readingMinutes: 7,
  publishedTime: '2025-04-02T08:14:00+00:00',
  url: 'https://journal.example/a',
};

describe('ArticleHeader', () => {
  afterEach(cleanup);

  it('shows title, site, byline, date, reading time and a link to the original', () => {
    stubI18n('en');
    render(<ArticleHeader {...props} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Trop de requêtes');
    expect(screen.getByText('Le Journal du Numérique')).toBeTruthy();
    expect(screen.getByText('Camille Moreau')).toBeTruthy();
    expect(screen.getByText('7 min read')).toBeTruthy();
    expect(document.querySelector('time')?.getAttribute('datetime')).toBe(props.publishedTime);
    expect(screen.getByRole('link', { name: 'View original' }).getAttribute('href')).toBe(props.url);
  });

  it('speaks French', () => {
    stubI18n('fr');
    render(<ArticleHeader {...props} />);
    expect(screen.getByText('7 min de lecture')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Voir l’original' })).toBeTruthy();
  });

  it('copes with missing metadata', () => {
    stubI18n('en');
    render(<ArticleHeader {...props} title="" byline={null} siteName={null} publishedTime="not a date" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Untitled');
    expect(document.querySelector('time')).toBeNull();
  });
});
