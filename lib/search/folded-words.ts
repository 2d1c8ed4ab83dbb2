import { foldText } from '../shared/text';

/**
 * The folded words of a text, as `foldText(text).match(WORD_PATTERN)` gives them, several times
 * faster: indexing spends most of its time here (10,000 article texts per rebuild, every title of
 * the Library when a page builds its search). The Unicode regex costs about 0.3 ms per article
 * text and folding the whole text (normalizing, then dropping marks) 0.1 ms; this scans code units
 * with a table of which are word characters, and folds a word only when it is not plain ASCII,
 * each distinct word once per call. Folding word by word gives the words query terms are folded
 * to (lib/search/terms.ts folds each typed word alone).
 */
export function foldedWords(text: string): string[] {
  // Lowercased at once (lowercasing costs a tenth of folding); when a character lowercases to
  // more code units ("İ"), offsets would shift, so each word is lowercased alone instead.
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  const words: string[] = [];
  const foldedOf = new Map<string, string>();
  const length = text.length;
  let at = 0;
  while (at < length) {
    let code = text.charCodeAt(at);
    // Skip to the next word character.
    if (code < 0x80 ? WORD_CLASS[code] !== WORD : !isWordAt(text, at)) {
      at += 1;
      continue;
    }
    const start = at;
    let ascii = true;
    for (;;) {
      if (code < 0x80) {
        if (WORD_CLASS[code] !== WORD) break;
        at += 1;
      } else {
        if (!isWordAt(text, at)) break;
        ascii = false;
        at += isHighSurrogateAt(text, at) ? 2 : 1;
      }
      if (at >= length) break;
      code = text.charCodeAt(at);
    }
    if (ascii) {
      words.push(aligned ? lower.slice(start, at) : text.slice(start, at).toLowerCase());
      continue;
    }
    const raw = text.slice(start, at);
    let folded = foldedOf.get(raw);
    if (folded === undefined) {
      folded = foldText(raw);
      foldedOf.set(raw, folded);
    }
    // A word of marks alone folds to nothing (folding the whole text drops it just the same).
    if (folded.length > 0) words.push(folded);
  }
  return words;
}

/** The character class of WORD_PATTERN (lib/shared/text.ts): letters, marks and digits. */
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;

const UNKNOWN = 0;
const WORD = 1;
const NOT_WORD = 2;

/** What each code unit of the Basic Multilingual Plane is, learned the first time it is met. */
const WORD_CLASS = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code += 1)
  WORD_CLASS[code] = WORD_CHARACTER.test(String.fromCharCode(code)) ? WORD : NOT_WORD;

function isHighSurrogateAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

/** Whether the character at `at` (a code unit, or a surrogate pair read as one code point) is a word character. */
function isWordAt(text: string, at: number): boolean {
  if (isHighSurrogateAt(text, at)) return WORD_CHARACTER.test(text.slice(at, at + 2));
  const code = text.charCodeAt(at);
  let known = WORD_CLASS[code]!;
  if (known === UNKNOWN) {
    known = WORD_CHARACTER.test(String.fromCharCode(code)) ? WORD : NOT_WORD;
    WORD_CLASS[code] = known;
  }
  return known === WORD;
}
