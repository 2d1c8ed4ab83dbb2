import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../lib/cli/parse-args';

describe('arguments of import and backup', () => {
  it('reads import FILE… --dry-run [--format json|text]', () => {
    expect(parseArgs(['import', 'a.zip', 'b.csv', '--dry-run'])).toEqual({
      ok: true,
      command: { kind: 'import', inputs: ['a.zip', 'b.csv'], format: 'text' },
    });
    expect(parseArgs(['import', '--dry-run', '--format=json', 'a.zip'])).toEqual({
      ok: true,
      command: { kind: 'import', inputs: ['a.zip'], format: 'json' },
    });
    expect(parseArgs(['import', 'a.zip', '--format', 'json', '--dry-run'])).toMatchObject({
      ok: true,
      command: { format: 'json' },
    });
  });

  it('explains what is wrong', () => {
    expect(parseArgs(['import', 'a.zip'])).toMatchObject({ ok: false, message: expect.stringContaining('--dry-run') });
    expect(parseArgs(['import', '--dry-run'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('no export file'),
    });
    expect(parseArgs(['import', 'a.zip', '--dry-run', '--format', 'xml'])).toMatchObject({
      ok: false,
      message: 'unknown format "xml". Use one of: text, json.',
    });
    expect(parseArgs(['import', 'a.zip', '--dry-run', '--force'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('"--force"'),
    });
  });

  it('reads backup inspect FILE', () => {
    expect(parseArgs(['backup', 'inspect', 'b.zip'])).toEqual({
      ok: true,
      command: { kind: 'backup-inspect', input: 'b.zip' },
    });
    expect(parseArgs(['backup', 'restore', 'b.zip'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('unknown backup action "restore"'),
    });
    expect(parseArgs(['backup', 'inspect'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('give one backup file'),
    });
  });
});
