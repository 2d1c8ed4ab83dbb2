/**
 * Scripts written without spaces between words. Each Han character, kana or Thai/Lao/Khmer/
 * Myanmar letter counts as one unit: a Chinese word averages 1.5 characters, and reading-speed
 * studies for these languages measure characters per minute, so characters are the honest unit.
 * Korean (Hangul) separates words with spaces and is counted like Latin text.
 */
const UNSPACED_CLASS = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30fc]`;

/**
 * A word: letters or digits, joined by inner apostrophes or hyphens ("l’essor" and "burn-out"
 * are one), with the unspaced characters above counted apart and read as spaces.
 */
const WORD_CHARACTER_CLASS = String.raw`[\p{L}\p{N}\p{M}]`;
const JOINER_CLASS = String.raw`['’\-‐]`;

/**
 * Silent reading speeds from Brysbaert's 2019 meta-analysis of 190 studies: 238 words per minute
 * for non-fiction in English (230 keeps a margin for other alphabetic languages), and about 300
 * characters per minute averaged over Chinese (255) and Japanese (357).
 */
const WORDS_PER_MINUTE = 230;
const CHARACTERS_PER_MINUTE = 300;

/** Word count and reading time of `text` from one pass over it. */
export function wordStats(text: string): { wordCount: number; readingMinutes: number } {
  const { words, characters } = tally(text);
  return {
    wordCount: words + characters,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE + characters / CHARACTERS_PER_MINUTE)),
  };
}

/**
 * Whether `text` has at least `count` words as wordStats counts them, reading only as far as it
 * takes to find them: the pipeline's judgement asks this of whole article texts.
 */
export function hasWords(text: string, count: number): boolean {
  if (count <= 0) return true;
  const { words, characters } = tally(text, count);
  return words + characters >= count;
}

/**
 * The unspaced characters of `text` and its words, counted in one scan of the code points (an
 * article of 50,000 words collected as strings made as many), stopping once together they reach `limit`.
 */
function tally(text: string, limit = Infinity): { words: number; characters: number } {
  let words = 0;
  let characters = 0;
  let at = 0;
  const length = text.length;
  while (at < length && words + characters < limit) {
    const kind = kindAt(text, at);
    if (kind === UNSPACED_CHARACTER) characters += 1;
    if (kind !== WORD_CHARACTER) {
      at += unitsAt(text, at);
      continue;
    }
    // One word: runs of word characters, joined by a single apostrophe or hyphen between two of them.
    words += 1;
    for (;;) {
      while (at < length && kindAt(text, at) === WORD_CHARACTER) at += unitsAt(text, at);
      if (at + 1 < length && kindAt(text, at) === JOINER && kindAt(text, at + 1) === WORD_CHARACTER) at += 1;
      else break;
    }
  }
  return { words, characters };
}

const UNKNOWN = 0;
const WORD_CHARACTER = 1;
const UNSPACED_CHARACTER = 2;
const JOINER = 3;
const OTHER = 4;

/** What each code unit of the Basic Multilingual Plane is, learned the first time it is met. */
const BMP_KINDS = new Uint8Array(0x10000);
/** The same for code points past it (surrogate pairs: Han extensions, emoji). */
const ASTRAL_KINDS = new Map<number, number>();

const IS_UNSPACED = new RegExp(`^${UNSPACED_CLASS}$`, 'u');
const IS_WORD_CHARACTER = new RegExp(`^${WORD_CHARACTER_CLASS}$`, 'u');
const IS_JOINER = new RegExp(`^${JOINER_CLASS}$`, 'u');

/** The kind of one code point, by the character classes above (the tests check the scan against them as patterns). */
function kindOf(character: string): number {
  if (IS_UNSPACED.test(character)) return UNSPACED_CHARACTER;
  if (IS_WORD_CHARACTER.test(character)) return WORD_CHARACTER;
  return IS_JOINER.test(character) ? JOINER : OTHER;
}

function unitsAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** The kind of the code point at `at` (a lone surrogate is a code point of its own, as in a `u` pattern). */
function kindAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (unitsAt(text, at) === 2) {
    const point = text.codePointAt(at)!;
    let kind = ASTRAL_KINDS.get(point);
    if (kind === undefined) {
      kind = kindOf(String.fromCodePoint(point));
      ASTRAL_KINDS.set(point, kind);
    }
    return kind;
  }
  let kind = BMP_KINDS[code]!;
  if (kind === UNKNOWN) {
    kind = kindOf(String.fromCharCode(code));
    BMP_KINDS[code] = kind;
  }
  return kind;
}
