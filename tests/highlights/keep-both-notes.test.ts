import { describe, expect, it } from 'vitest';
import { holdsEveryLine, keepBothNotes } from '../../lib/highlights/keep-both-notes';

describe('keepBothNotes', () => {
  it('keeps the lines both versions share once, then what only the stored one has, then ours', () => {
    expect(keepBothNotes('Intro\nB1\nFin', 'Intro\nA1\nA2\nFin')).toBe('Intro\nB1\nA1\nA2\nFin');
    expect(keepBothNotes('Intro\najout de B', 'Intro\najout de A')).toBe('Intro\najout de B\najout de A');
  });

  it('gives a line edited on both sides in both forms', () => {
    expect(keepBothNotes('Le chat dort.', 'Le chien dort.')).toBe('Le chat dort.\nLe chien dort.');
  });

  it('loses nothing when one side only removed lines', () => {
    expect(keepBothNotes('un\ndeux\ntrois', 'un\ntrois')).toBe('un\ndeux\ntrois');
    expect(keepBothNotes('un\ntrois', 'un\ndeux\ntrois')).toBe('un\ndeux\ntrois');
    expect(keepBothNotes('même', 'même')).toBe('même');
  });

  it('tells whether a note holds every line of another, in order, whole lines only', () => {
    expect(holdsEveryLine('Intro\nB\nA\nFin', 'Intro\nA')).toBe(true);
    expect(holdsEveryLine('Intro\nB\nA', 'A\nIntro')).toBe(false);
    expect(holdsEveryLine('Buy the book', 'Buy the')).toBe(false);
  });
});
