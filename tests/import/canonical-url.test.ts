import { describe, expect, it } from 'vitest';
import { checkImportUrl } from '../../lib/import/canonical-url';
import { collapseDuplicates } from '../../lib/import/collapse-duplicates';
import type { ImportItem } from '../../lib/import/types';

describe('the address an item is known by', () => {
  it('drops the fragment and utm_ parameters, and nothing else', () => {
    expect(checkImportUrl(' https://example.org/a#top ')).toEqual({ ok: true, url: 'https://example.org/a' });
    expect(checkImportUrl('https://example.org/a?utm_source=x&id=3&UTM_Medium=y')).toEqual({
      ok: true,
      url: 'https://example.org/a?id=3',
    });
    expect(checkImportUrl('https://example.org/a?utm_source=x')).toEqual({ ok: true, url: 'https://example.org/a' });
    expect(checkImportUrl('https://example.org/search?q=a%20b&utm_campaign=c')).toEqual({
      ok: true,
      url: 'https://example.org/search?q=a%20b',
    });
    expect(checkImportUrl('HTTP://Example.ORG/Path')).toEqual({ ok: true, url: 'http://example.org/Path' });
  });

  it('refuses what is not a web address', () => {
    expect(checkImportUrl('')).toEqual({ ok: false, reason: 'no-url' });
    expect(checkImportUrl(undefined)).toEqual({ ok: false, reason: 'no-url' });
    for (const bad of [
      'javascript:alert(1)',
      'mailto:a@b.c',
      'place:sort=8',
      'example.org/no-scheme',
      'file:///etc/passwd',
      'http://',
    ]) {
      expect(checkImportUrl(bad)).toEqual({ ok: false, reason: 'bad-url' });
    }
  });
});

function item(url: string, fields: Partial<ImportItem> = {}): ImportItem {
  return {
    url,
    title: '',
    tags: [],
    state: 'unread',
    favorite: false,
    savedAt: null,
    progress: 0,
    highlights: [],
    origins: [{ file: 'f' }],
    ...fields,
  };
}

describe('duplicates', () => {
  it('become one item that loses nothing of either', () => {
    const [merged, other] = collapseDuplicates([
      item('https://a.org/x', {
        title: '',
        tags: ['One'],
        savedAt: 2000,
        progress: 0.2,
        highlights: [{ quote: 'q', note: '', createdAt: 5 }],
        note: 'first',
      }),
      item('https://b.org/y'),
      item('https://a.org/x', {
        title: 'Title',
        tags: ['one', 'Two'],
        state: 'archived',
        favorite: true,
        savedAt: 1000,
        progress: 0.7,
        excerpt: 'e',
        highlights: [
          { quote: 'q', note: '', createdAt: 3 },
          { quote: 'r', note: 'n', createdAt: null },
        ],
        note: 'second',
      }),
    ]);
    expect(other.url).toBe('https://b.org/y');
    expect(merged).toEqual({
      url: 'https://a.org/x',
      title: 'Title',
      tags: ['One', 'Two'],
      state: 'archived',
      favorite: true,
      savedAt: 1000,
      progress: 0.7,
      highlights: [
        { quote: 'q', note: '', createdAt: 3 },
        { quote: 'r', note: 'n', createdAt: null },
      ],
      note: 'first\n\nsecond',
      excerpt: 'e',
      origins: [{ file: 'f' }, { file: 'f' }],
    });
  });
});
