// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBackup } from '../../lib/backup/write-backup';
import { asStream, imageBytes, memorySink, sampleLibrary } from '../backup/backup-library';
import { IMPORT_FIXTURES, zippedFixture } from '../import/import-fixtures';
import { runCli } from './run-cli';

// Each run starts Node and tsx: seconds on a busy two-core machine.
const SLOW = 120_000;
const dir = mkdtempSync(join(tmpdir(), 'liseuse-cli-import-'));
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  const pocket = await zippedFixture('pocket-2025', 'pocket.zip');
  writeFileSync(path('pocket.zip'), new Uint8Array(await pocket.blob.arrayBuffer()));
  writeFileSync(path('contacts.csv'), 'name,email\nAnn,ann@example.org\n');
  const sink = memorySink();
  await writeBackup(asStream(sampleLibrary()), sink.writable, {
    generator: 'Liseuse test',
    createdAt: new Date('2025-01-01T00:00:00Z'),
  });
  const backup = new Uint8Array(await sink.blob().arrayBuffer());
  writeFileSync(path('backup.zip'), backup);
  const damaged = backup.slice();
  const at = Buffer.from(damaged).indexOf(Buffer.from(imageBytes(40_000, 1).subarray(100, 132)));
  damaged[at] ^= 0xff;
  writeFileSync(path('damaged.zip'), damaged);
  writeFileSync(path('future.json'), '{"format":"liseuse-backup","version":9}');
}, SLOW);

describe('liseuse import --dry-run', () => {
  it(
    'prints one JSON object per article, the same the extension would import, and a summary on stderr',
    async () => {
      const run = await runCli(['import', path('pocket.zip'), '--dry-run', '--format', 'json']);
      expect(run.status).toBe(0);
      const lines = run.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      const golden = JSON.parse(readFileSync(join(IMPORT_FIXTURES, 'expected/pocket-2025-zip.json'), 'utf8'));
      expect(lines).toEqual(
        golden.items.map(({ origins: _origins, content: _content, ...item }: Record<string, unknown>) => item),
      );
      expect(Object.keys(lines[0]).slice(0, 8)).toEqual([
        'url',
        'title',
        'tags',
        'state',
        'favorite',
        'savedAt',
        'progress',
        'highlights',
      ]);
      expect(run.stderr).toContain(
        'liseuse: skipped: pocket.zip/part_000000.csv, line 6: not a web address: javascript:alert(1)\n',
      );
      expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(
        /^liseuse: Articles: 5 · Highlights: 3 · Already in your library: 0 · Skipped: 3/,
      );
    },
    SLOW,
  );

  it(
    'reads several files at once, says which one it refused and why, and still shows the others',
    async () => {
      const run = await runCli([
        'import',
        join(IMPORT_FIXTURES, 'pocket-latin1.csv'),
        path('contacts.csv'),
        path('future.json'),
        path('missing.csv'),
        '--dry-run',
      ]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe(
        '2023-11-14  unread      Les élèves d’été  <https://example.fr/eleves>  #école\n' +
          '2023-11-14  archived    Crème brûlée  <https://example.fr/creme>\n',
      );
      expect(run.stderr).toContain(`liseuse: ${path('missing.csv')}: no such file. Check the path.`);
      expect(run.stderr).toContain('liseuse: “contacts.csv” has columns Liseuse does not recognize: name, email.');
      expect(run.stderr).toContain(
        'liseuse: “future.json” was made by a newer version of Liseuse (format 9; this version reads formats up to 1).',
      );
    },
    SLOW,
  );

  it(
    'refuses to run without --dry-run, since it cannot write into the extension',
    async () => {
      const run = await runCli(['import', path('pocket.zip')]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/only shows what an import would do \(--dry-run\)/);
    },
    SLOW,
  );
});

describe('liseuse backup inspect', () => {
  it(
    'prints the manifest and checks every entry',
    async () => {
      const run = await runCli(['backup', 'inspect', path('backup.zip')]);
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({
        format: 'liseuse-backup',
        version: 1,
        counts: { articles: 3, images: 3, highlights: 3, notes: 1 },
      });
      expect(run.stderr).toBe(
        'liseuse: backup.zip: all 10 entries check out (3 articles, 3 images, 3 highlights, 1 notes).\n',
      );
    },
    SLOW,
  );

  it(
    'names the entry that does not match, and fails',
    async () => {
      const run = await runCli(['backup', 'inspect', path('damaged.zip')]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /“damaged\.zip” is damaged: “articles\/[^”]+\/images\/1\.png” inside it does not match its checksum/,
      );
      expect(run.stderr).toMatch(/damaged\.zip: \d+ problem\(s\) in/);
    },
    SLOW,
  );

  it(
    'says a file is not a backup',
    async () => {
      const run = await runCli(['backup', 'inspect', path('pocket.zip')]);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        'liseuse: “pocket.zip” is not a Liseuse backup (it has no manifest.json). To bring in an export from another service, use Import.\n',
      );
    },
    SLOW,
  );
});
