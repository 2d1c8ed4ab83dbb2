import { describe, expect, it } from 'vitest';
import { describeBackupProblem } from '../../lib/backup/describe-backup';
import type { BackupProblem } from '../../lib/backup/read-backup';
import { describeImportFailure, describeSkippedRow, SKIP_REASON_MESSAGE_KEYS } from '../../lib/import/describe-import';
import type { FileProblem, SkipReason } from '../../lib/import/types';
import { readMessages } from '../support/stub-i18n';

type Messages = ReturnType<typeof readMessages>;

/** Chrome's getMessage over one locale's messages.json. */
function translator(messages: Messages) {
  return (key: string, substitutions: string[] = []) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message ${key}`);
    return entry.message
      .replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
      .replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  };
}

const FILE_PROBLEMS: FileProblem[] = [
  { code: 'zip-truncated' },
  { code: 'zip-damaged', entry: 'part_1.csv' },
  { code: 'zip-encrypted' },
  { code: 'zip-bomb', entry: 'part_1.csv', bytes: 31_000_000, ratio: 1000 },
  { code: 'zip-too-large', entries: 5, bytes: 5e9 },
  { code: 'file-empty' },
  { code: 'file-too-large', bytes: 524_288_000, limit: 67_108_864 },
  { code: 'unknown-format', start: 'GIF89a' },
  { code: 'csv-unknown-columns', columns: ['name', 'email'] },
  { code: 'csv-missing-columns', format: 'pocket-csv', columns: ['url'] },
  { code: 'csv-unclosed-quote', line: 12 },
  { code: 'json-invalid', detail: 'line 3: Unexpected token' },
  { code: 'json-unknown-shape' },
  { code: 'newer-liseuse', format: 'liseuse-backup', found: 4, supported: 1 },
  { code: 'newer-liseuse', format: 'liseuse-notes', found: 1, supported: null },
  { code: 'liseuse-file' },
  { code: 'zip-no-export', files: 3 },
  { code: 'read-failed', detail: 'EACCES' },
];

const BACKUP_PROBLEMS: BackupProblem[] = [
  { code: 'not-a-backup' },
  { code: 'newer-backup', found: 3, supported: 1 },
  { code: 'bad-manifest', detail: 'version "1"' },
  { code: 'damaged-entry', entry: 'articles/a/meta.json', detail: 'missing' },
  { code: 'zip-truncated' },
];

describe('messages about import and backup files', () => {
  for (const locale of ['en', 'fr'] as const) {
    const t = translator(readMessages(locale));

    it(`names the file and fills every placeholder (${locale})`, () => {
      for (const problem of FILE_PROBLEMS) {
        const message = describeImportFailure({ file: 'pocket.zip', problem }, t, locale);
        expect(message).toContain('pocket.zip');
        expect(message).not.toMatch(/\$/);
      }
      for (const problem of BACKUP_PROBLEMS) {
        const message = describeBackupProblem(problem, 'liseuse-backup.zip', t, locale);
        expect(message).toContain('liseuse-backup.zip');
        expect(message).not.toMatch(/\$/);
      }
    });

    it(`explains each skipped row (${locale})`, () => {
      const reasons: SkipReason[] = [
        'empty-row',
        'no-url',
        'bad-url',
        'field-count',
        'unsupported-file',
        'unplaced-highlights',
        'deleted',
        'not-an-item',
      ];
      expect(reasons.length).toBe(SKIP_REASON_MESSAGE_KEYS.length);
      for (const reason of reasons) {
        const message = describeSkippedRow({ file: 'part_1.csv', line: 4, reason, detail: 'DETAIL', count: 2 }, t);
        expect(message).toMatch(/^part_1\.csv, (line|ligne) 4/);
        expect(message).toContain('DETAIL');
        expect(message).not.toMatch(/\$/);
      }
    });
  }

  it('says which versions a newer file comes from, with sizes people read', () => {
    const t = translator(readMessages('en'));
    expect(describeImportFailure({ file: 'manifest.json', problem: FILE_PROBLEMS[13] }, t, 'en')).toBe(
      '“manifest.json” was made by a newer version of Liseuse (format 4; this version reads formats up to 1). Update Liseuse, then retry.',
    );
    expect(describeImportFailure({ file: 'huge.csv', problem: FILE_PROBLEMS[6] }, t, 'en')).toContain(
      '“huge.csv” is 524 MB',
    );
    expect(
      describeImportFailure({ file: 'huge.csv', problem: FILE_PROBLEMS[6] }, translator(readMessages('fr')), 'fr'),
    ).toContain('524\u202fMo');
    expect(
      describeImportFailure({ file: 'pocket.zip', entry: 'part_2.csv', problem: FILE_PROBLEMS[10] }, t, 'en'),
    ).toMatch(/^“pocket\.zip › part_2\.csv”: a quoted value opened on line 12/);
  });
});
