import { describe, expect, it } from 'vitest';
import { pickLargestCandidate } from '../../lib/extract/pick-largest-candidate';

describe('pickLargestCandidate', () => {
  it('picks the widest candidate', () => {
    expect(pickLargestCandidate('a.jpg 300w, b.jpg 1200w, c.jpg 600w')).toBe('b.jpg');
  });

  it('picks the highest density, a bare URL counting as 1x', () => {
    expect(pickLargestCandidate('a.jpg, b.jpg 2x')).toBe('b.jpg');
  });

  it('keeps commas inside URLs', () => {
    expect(
      pickLargestCandidate('https://cdn.example/w_600,h_400/a.jpg 600w, https://cdn.example/w_1200,h_800/a.jpg 1200w'),
    ).toBe('https://cdn.example/w_1200,h_800/a.jpg');
  });

  it('accepts candidates without a space after the comma', () => {
    expect(pickLargestCandidate('a.jpg 600w,b.jpg 1200w')).toBe('b.jpg');
  });

  it('returns null for an empty value', () => {
    expect(pickLargestCandidate('  ')).toBeNull();
  });
});
