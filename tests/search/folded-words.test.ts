import { describe, expect, it } from 'vitest';
import { foldedWords } from '../../lib/search/folded-words';
import { foldText, WORD_PATTERN } from '../../lib/shared/text';

/** What foldedWords replaces: the whole text folded, then matched word by word. */
const reference = (text: string) => foldText(text).match(WORD_PATTERN) ?? [];

describe('foldedWords', () => {
  it('gives the words of the folded text: case, accents, digits, apostrophes and dashes', () => {
    const text = 'L’Élève a 12 ans—et « déjà » un CAFÉ-crème, naïve Zoë!';
    expect(foldedWords(text)).toEqual([
      'l',
      'eleve',
      'a',
      '12',
      'ans',
      'et',
      'deja',
      'un',
      'cafe',
      'creme',
      'naive',
      'zoe',
    ]);
    expect(foldedWords(text)).toEqual(reference(text));
  });

  it('reads letters outside the Basic Multilingual Plane as letters, and emoji as separators', () => {
    const text = 'Le 𝐁𝐎𝐋𝐃 texte 🙂 ici 𠜎𠜱 fin';
    expect(foldedWords(text)).toEqual(reference(text));
    expect(foldedWords(text)).toContain('ici');
    expect(foldedWords(text)).not.toContain('🙂');
  });

  it('drops combining marks written apart, and words made of marks alone', () => {
    const text = 'cafe\u0301 \u0301 e\u0301le\u0300ve';
    expect(foldedWords(text)).toEqual(['cafe', 'eleve']);
    expect(foldedWords(text)).toEqual(reference(text));
  });

  it('stays aligned when a letter lowercases to two code units', () => {
    const text = 'İSTANBUL et Ankara, ΟΔΟΣ';
    expect(foldedWords(text)).toEqual(reference(text));
    expect(foldedWords(text)).toContain('ankara');
  });

  it('gives nothing for a text without words', () => {
    expect(foldedWords('')).toEqual([]);
    expect(foldedWords(' — … ! ')).toEqual([]);
  });
});
