import { describe, expect, it } from 'vitest';
import type { LibraryItem as Article } from '../../lib/shared/library-item';
import { emptyListMessage, viewLibrary } from '../../lib/library/library-view';

const article = (id: string, savedAt: number, more: Partial<Article> = {}) =>
  ({
    id,
    savedAt,
    url: `https://${id}.example/x`,
    siteName: null,
    archived: false,
    favorite: false,
    tags: [],
    progress: 0,
    ...more,
  }) as Article;

const list = [
  article('b', 2, { siteName: 'Zeit', readAt: 5 }),
  article('a', 1, { siteName: 'Arte', favorite: true, tags: ['Cuisine'] }),
  article('c', 3, { archived: true, tags: ['cuisine'] }),
];
const ids = (articles: Article[]) => articles.map((a) => a.id);

describe('viewLibrary', () => {
  it('sorts by newest, oldest, and site', () => {
    expect(ids(viewLibrary(list, { filter: 'all', sort: 'newest', tag: null }))).toEqual(['b', 'a']);
    expect(ids(viewLibrary(list, { filter: 'all', sort: 'oldest', tag: null }))).toEqual(['a', 'b']);
    expect(ids(viewLibrary(list, { filter: 'all', sort: 'site', tag: null }))).toEqual(['a', 'b']);
  });

  it('shows the articles with highlights or notes, archived ones included', () => {
    const annotated = new Set(['c', 'a']);
    expect(ids(viewLibrary(list, { filter: 'highlights', sort: 'newest', tag: null }, null, annotated))).toEqual([
      'c',
      'a',
    ]);
    expect(ids(viewLibrary(list, { filter: 'highlights', sort: 'newest', tag: null }))).toEqual([]);
  });

  it('filters unread, archived, favorites and by tag', () => {
    expect(ids(viewLibrary(list, { filter: 'unread', sort: 'newest', tag: null }))).toEqual(['a']);
    expect(ids(viewLibrary(list, { filter: 'archived', sort: 'newest', tag: null }))).toEqual(['c']);
    expect(ids(viewLibrary(list, { filter: 'favorites', sort: 'newest', tag: null }))).toEqual(['a']);
    expect(ids(viewLibrary(list, { filter: 'archived', sort: 'newest', tag: 'CUISINE' }))).toEqual(['c']);
  });

  it('keeps the order of search hits, with filters applied', () => {
    const hits = [{ id: 'c' }, { id: 'a' }, { id: 'b' }, { id: 'gone' }];
    expect(ids(viewLibrary(list, { filter: 'all', sort: 'newest', tag: null }, hits))).toEqual(['a', 'b']);
  });
});

describe('emptyListMessage', () => {
  it('says the list is loading until the whole list is read, even when the first screen is empty', () => {
    expect(emptyListMessage(null, false)).toBe('loading');
    expect(emptyListMessage([], false)).toBe('loading');
    expect(emptyListMessage(list, false)).toBe('loading');
  });

  it('then tells an empty library from a filter that matches nothing', () => {
    expect(emptyListMessage([], true)).toBe('libraryEmpty');
    expect(emptyListMessage(list, true)).toBe('libraryNoMatch');
  });
});
