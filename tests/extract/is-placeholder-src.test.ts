import { describe, expect, it } from 'vitest';
import { isPlaceholderSrc } from '../../lib/extract/is-placeholder-src';

describe('isPlaceholderSrc', () => {
  it('treats missing, empty and tiny data URIs as placeholders', () => {
    expect(isPlaceholderSrc(null)).toBe(true);
    expect(isPlaceholderSrc(' ')).toBe(true);
    expect(isPlaceholderSrc('data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==')).toBe(true);
    expect(isPlaceholderSrc('data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%3E%3C/svg%3E')).toBe(
      true,
    );
  });

  it('recognises lazy-loader placeholder files', () => {
    expect(isPlaceholderSrc('/wp-content/plugins/lazy/blank.gif')).toBe(true);
    expect(isPlaceholderSrc('https://cdn.example/img/lazy_placeholder.png?v=2')).toBe(true);
  });

  it('keeps real pictures, including long inline data URIs', () => {
    expect(isPlaceholderSrc('/uploads/2025/04/blank-page-syndrome.jpg')).toBe(false);
    expect(isPlaceholderSrc('/photo.jpg')).toBe(false);
    expect(isPlaceholderSrc(`data:image/png;base64,${'A'.repeat(2000)}`)).toBe(false);
  });
});
