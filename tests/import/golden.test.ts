import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../lib/import/plan-import';
import type { ImportFile } from '../../lib/import/types';
import { fixtureFile, IMPORT_FIXTURES, planJson, zippedFixture } from './import-fixtures';

// Each export format, read from files written by hand to the service's format, against the
// expected result in tests/fixtures/import/expected/. After a deliberate change, rewrite the
// expected files with LISEUSE_UPDATE_GOLDEN=1 and review the diff.
const CASES: Record<string, () => Promise<ImportFile[]>> = {
  'pocket-2025-zip': async () => [await zippedFixture('pocket-2025')],
  'pocket-ril-export-html': async () => [fixtureFile('pocket-ril_export.html')],
  'pocket-latin1-csv': async () => [fixtureFile('pocket-latin1.csv')],
  'instapaper-csv': async () => [fixtureFile('instapaper.csv')],
  'instapaper-old-csv': async () => [fixtureFile('instapaper-old.csv')],
  'omnivore-zip': async () => [await zippedFixture('omnivore')],
  'readwise-reader-csv': async () => [fixtureFile('readwise-reader.csv')],
  'readwise-reader-and-highlights-csv': async () => [
    fixtureFile('readwise-reader.csv'),
    fixtureFile('readwise-highlights.csv'),
  ],
  'wallabag-json': async () => [fixtureFile('wallabag.json')],
  'raindrop-csv': async () => [fixtureFile('raindrop.csv')],
  'raindrop-old-csv': async () => [fixtureFile('raindrop-old.csv')],
  'netscape-bookmarks-html': async () => [fixtureFile('bookmarks.html')],
  'several-services-at-once': async () => [
    fixtureFile('instapaper.csv'),
    fixtureFile('bookmarks.html'),
    fixtureFile('raindrop.csv'),
  ],
};

const EXPECTED = join(IMPORT_FIXTURES, 'expected');

describe('importers, golden files', () => {
  for (const [name, files] of Object.entries(CASES)) {
    it(name, async () => {
      const actual = await planJson(await planImport(await files()));
      const path = join(EXPECTED, `${name}.json`);
      if (process.env.LISEUSE_UPDATE_GOLDEN) {
        mkdirSync(EXPECTED, { recursive: true });
        writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    });
  }
});
