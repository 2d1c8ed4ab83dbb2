import { describe, expect, it } from 'vitest';
import { highlightFragments, snippetAround } from '../../lib/search/snippets';

describe('highlightFragments', () => {
  it('marks the words a search matched, whatever their accents and case', () => {
    expect(highlightFragments('Un Élève, une élève.', ['eleve'])).toEqual([
      { text: 'Un ', match: false },
      { text: 'Élève', match: true },
      { text: ', une ', match: false },
      { text: 'élève', match: true },
      { text: '.', match: false },
    ]);
  });

  it('returns the text untouched when nothing matches', () => {
    expect(highlightFragments('<b>not html</b>', ['zzz'])).toEqual([{ text: '<b>not html</b>', match: false }]);
    expect(highlightFragments('', ['a'])).toEqual([]);
  });

  it('cuts a snippet around the first match in the text', () => {
    const text = `${'lorem '.repeat(60)}le professeur ${'ipsum '.repeat(60)}`;
    const snippet = snippetAround(text, ['professeur'], 30);
    expect(snippet).toMatch(/^… .*professeur.* …$/);
    expect(snippet!.length).toBeLessThan(90);
    expect(snippetAround(text, ['absent'])).toBeNull();
  });
});
