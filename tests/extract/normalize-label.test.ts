import { describe, expect, it } from 'vitest';
import * as labels from '../../lib/extract/clutter-labels';
import * as phrases from '../../lib/extract/clutter-phrases';
import { labelSet, leadingLabel, normalizeLabel } from '../../lib/extract/normalize-label';

/** Every label table the extraction builds a set from: objects whose values are "|"-separated entries. */
const tables = Object.entries({ ...labels, ...phrases }).filter(
  (entry): entry is [string, Record<string, string>] =>
    typeof entry[1] === 'object' &&
    entry[1] !== null &&
    !(entry[1] instanceof RegExp) &&
    Object.values(entry[1]).every((value) => typeof value === 'string'),
);

describe('labelSet', () => {
  it('normalizes the entries that need it, in any language', () => {
    const set = labelSet({ en: 'Read also|related', fr: 'À LIRE AUSSI :|Lire  aussi' });
    expect([...set].sort()).toEqual(['a lire aussi', 'lire aussi', 'read also', 'related']);
  });

  // The set skips normalizing entries already in normal form (most of them), which is cheaper when
  // the injected script starts: it must give what normalizing every entry gives.
  it.each(tables)('gives every entry of %s in normal form', (_name, table) => {
    const entries = Object.values(table).flatMap((value) => value.split('|'));
    expect(labelSet(table)).toEqual(new Set(entries.map(normalizeLabel)));
  });
});

describe('leadingLabel', () => {
  const known = new Set(['published', 'mis a jour le', 'lire aussi', 'c++ (beta)', 'tags']);

  it('finds the longest label made of the first words, separators trimmed', () => {
    expect(leadingLabel('Published: 10:48, Tue', known)).toBe('published');
    expect(leadingLabel('Published : 10:48', known)).toBe('published');
    expect(leadingLabel('Mis à jour le 3 mars', known)).toBe('mis a jour le');
    // "a lire aussi" is not "lire aussi": a label is the start of the line, not a part of it.
    expect(leadingLabel('À LIRE AUSSI »', known)).toBeNull();
    expect(leadingLabel('Lire aussi → Le tram', known)).toBe('lire aussi');
    expect(leadingLabel('C++ (beta): notes', known)).toBe('c++ (beta)');
    expect(leadingLabel('Tags', known)).toBe('tags');
  });

  it('finds none inside a word, past the words it may look at, or in another text', () => {
    expect(leadingLabel('Publishedat 10:48', known)).toBeNull();
    expect(leadingLabel('Tagsoup', known)).toBeNull();
    expect(leadingLabel('Mis à jour le 3 mars', known, 3)).toBeNull();
    expect(leadingLabel('The tags', known)).toBeNull();
    expect(leadingLabel('', known)).toBeNull();
  });
});
