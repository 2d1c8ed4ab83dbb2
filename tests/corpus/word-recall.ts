/** Scripts without spaces between words: each character is a token, as a word would be. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/** Lowercase NFKC word tokens: runs of letters, marks and digits; unspaced scripts per character. */
export function wordTokens(text: string): string[] {
  const normalized = text.normalize('NFKC').toLowerCase().replace(UNSPACED, ' $& ');
  return normalized.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * Share of `expected`'s words found in `actual`, counted as a multiset: a word the expected text
 * holds five times must appear five times. A set would hide a dropped paragraph made of common
 * words; the multiset does not.
 */
export function wordRecall(expected: string, actual: string): { recall: number; missing: string[] } {
  const available = new Map<string, number>();
  for (const token of wordTokens(actual)) available.set(token, (available.get(token) ?? 0) + 1);
  const tokens = wordTokens(expected);
  const missing: string[] = [];
  for (const token of tokens) {
    const count = available.get(token) ?? 0;
    if (count > 0) available.set(token, count - 1);
    else missing.push(token);
  }
  return { recall: tokens.length === 0 ? 1 : 1 - missing.length / tokens.length, missing };
}
