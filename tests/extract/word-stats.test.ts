import { describe, expect, it } from 'vitest';
import { hasWords, wordStats } from '../../lib/extract/word-stats';

const countWords = (text: string) => wordStats(text).wordCount;
const readingMinutes = (text: string) => wordStats(text).readingMinutes;

describe('countWords', () => {
  it('counts words, keeping elisions and hyphenated words whole', () => {
    expect(countWords('L’essor de l’IA, un burn-out ? Oui : 120 heures.')).toBe(8);
  });

  it('counts each Chinese or Japanese character as one', () => {
    expect(countWords('我们的读者')).toBe(5);
    expect(countWords('これはペンです')).toBe(7);
    expect(countWords('Liseuse 阅读器')).toBe(4);
  });

  it('counts Korean by its spaces', () => {
    expect(countWords('한국어 문장을 읽습니다')).toBe(3);
  });

  it('returns 0 for text without words', () => {
    expect(countWords(' — … ')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('reads 230 words a minute, at least one minute', () => {
    expect(readingMinutes('word '.repeat(2300))).toBe(10);
    expect(readingMinutes('word')).toBe(1);
  });

  it('reads Chinese and Japanese at 300 characters a minute', () => {
    expect(readingMinutes('字'.repeat(3000))).toBe(10);
  });
});

describe('hasWords', () => {
  it('agrees with the word count at and around it, in spaced and unspaced scripts', () => {
    for (const text of [
      'L’essor de l’IA, un burn-out ? Oui : 120 heures.',
      'Liseuse 阅读器',
      'これはペンです',
      ' — … ',
      '',
    ]) {
      const words = countWords(text);
      for (let count = 0; count <= words + 1; count += 1) expect(hasWords(text, count)).toBe(words >= count);
    }
  });
});

describe('hasWords and the word count on random texts', () => {
  const PIECES = [
    'a',
    'Z',
    '7',
    ' ',
    '\n',
    "'",
    '’',
    '-',
    '‐',
    '--',
    ',',
    '.',
    'é',
    'e\u0301',
    '\u0301',
    'ß',
    'İ',
    '字',
    '𠀀',
    'の',
    'ペ',
    'ー',
    'ภาษา',
    '한',
    '😀',
    '\ud800',
    '\udc00',
    '\u00a0',
    'l’',
    'x-y',
    "d'",
  ];

  it('agree at and around the count, on random texts of every kind of character', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 2000; round += 1) {
      let text = '';
      const length = Math.floor(random() * 24);
      for (let i = 0; i < length; i += 1) text += PIECES[Math.floor(random() * PIECES.length)];
      const words = countWords(text);
      for (const count of [words - 1, words, words + 1])
        expect(hasWords(text, count), JSON.stringify([text, count])).toBe(words >= count);
    }
  });
});
