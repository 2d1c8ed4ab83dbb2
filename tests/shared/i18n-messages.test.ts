import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REASON_MESSAGE_KEYS } from '../../lib/shared/errors';
import { readMessages } from '../support/stub-i18n';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every literal key passed to t('…') in the UI's code; for tn('…'), its "one" and "other" forms. */
function keysUsedByUi(): string[] {
  const files = ['components', 'entrypoints', 'lib'].flatMap(sourceFiles);
  const keys = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const plain = [...text.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!);
    const plural = [...text.matchAll(/\btn\('([A-Za-z0-9_]+)'/g)].flatMap((m) => [`${m[1]}_one`, `${m[1]}_other`]);
    return [...plain, ...plural];
  });
  return [...new Set(keys)];
}

describe('user-facing texts', () => {
  const en = readMessages('en');
  const fr = readMessages('fr');

  it('has an English and a French text for every key the UI uses', () => {
    const used = keysUsedByUi();
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((key) => !en[key])).toEqual([]);
    expect(used.filter((key) => !fr[key])).toEqual([]);
  });

  it('has a message in both languages for every failure reason', () => {
    const keys = Object.values(REASON_MESSAGE_KEYS);
    expect(keys.filter((key) => !en[key]?.message)).toEqual([]);
    expect(keys.filter((key) => !fr[key]?.message)).toEqual([]);
  });

  it('has the plural forms English and French need for every counted message', () => {
    const counted = Object.keys(en)
      .filter((key) => key.endsWith('_one'))
      .map((key) => key.slice(0, -4));
    expect(counted.length).toBeGreaterThan(5);
    for (const key of counted) {
      expect(en[`${key}_other`], key).toBeTruthy();
      expect(fr[`${key}_other`], key).toBeTruthy();
    }
  });

  it('has the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });
});
