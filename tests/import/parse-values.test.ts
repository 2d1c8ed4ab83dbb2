import { describe, expect, it } from 'vitest';
import {
  parseDate,
  parseFlag,
  parseJsonTags,
  parseProgress,
  parsePythonList,
  splitTags,
} from '../../lib/import/parse-values';

describe('dates as exports write them', () => {
  it('reads Unix seconds, milliseconds and microseconds', () => {
    expect(parseDate('1700000000')).toBe(1_700_000_000_000);
    expect(parseDate(1700000000)).toBe(1_700_000_000_000);
    expect(parseDate('1700000000123')).toBe(1_700_000_000_123);
    expect(parseDate('1700000000123456')).toBe(1_700_000_000_123);
  });

  it('reads ISO 8601 with T or a space, with or without a zone (UTC then)', () => {
    expect(parseDate('2024-03-01T10:11:12Z')).toBe(Date.UTC(2024, 2, 1, 10, 11, 12));
    expect(parseDate('2024-03-01 10:11:12+00:00')).toBe(Date.UTC(2024, 2, 1, 10, 11, 12));
    expect(parseDate('2023-06-01T10:00:00+0200')).toBe(Date.UTC(2023, 5, 1, 8));
    expect(parseDate('2023-06-01T10:00:00-05:30')).toBe(Date.UTC(2023, 5, 1, 15, 30));
    expect(parseDate('2024-05-01T10:00:00.250Z')).toBe(Date.UTC(2024, 4, 1, 10, 0, 0, 250));
    expect(parseDate('2024-03-01 10:11:12')).toBe(Date.UTC(2024, 2, 1, 10, 11, 12));
    expect(parseDate('2024-03-01')).toBe(Date.UTC(2024, 2, 1));
  });

  it('gives null for nothing, zero and nonsense', () => {
    for (const value of [undefined, null, '', '  ', '0', 0, -5, 'yesterday']) expect(parseDate(value)).toBeNull();
  });
});

describe('other values', () => {
  it('reads progress as a fraction or a percentage', () => {
    expect(parseProgress('0.45')).toBe(0.45);
    expect(parseProgress('45')).toBe(0.45);
    expect(parseProgress(1)).toBe(1);
    expect(parseProgress(1, 'percent')).toBe(0.01);
    expect(parseProgress('250')).toBe(1);
    expect(parseProgress('')).toBe(0);
    expect(parseProgress('-1')).toBe(0);
  });

  it('reads flags', () => {
    for (const yes of ['true', 'True', '1', 1, true, 'yes']) expect(parseFlag(yes)).toBe(true);
    for (const no of ['false', '0', 0, false, '', undefined, null, {}]) expect(parseFlag(no)).toBe(false);
  });

  it('splits tags, trimmed and without repeats', () => {
    expect(splitTags('a| b ||A|c', '|')).toEqual(['a', 'b', 'c']);
    expect(splitTags(undefined, ',')).toEqual([]);
  });

  it("reads Readwise's Python lists", () => {
    // A tab in a tag becomes a space, as normalizeTags does for every tag.
    expect(parsePythonList(`['a', "it's", 'with \\'escaped\\' quotes', 'tab\\there']`)).toEqual([
      'a',
      "it's",
      "with 'escaped' quotes",
      'tab here',
    ]);
    expect(parsePythonList('[]')).toEqual([]);
    expect(parsePythonList('')).toEqual([]);
    expect(parsePythonList('single')).toEqual(['single']);
  });

  it("reads Instapaper's JSON tags, and a plain list as a fallback", () => {
    expect(parseJsonTags('["a","b"]')).toEqual(['a', 'b']);
    expect(parseJsonTags('[{"name":"x"}]')).toEqual(['x']);
    expect(parseJsonTags('a, b')).toEqual(['a', 'b']);
    expect(parseJsonTags('[]')).toEqual([]);
  });
});
