/** Output formats of `liseuse import --dry-run`. */
export const IMPORT_FORMATS = ['text', 'json'] as const;
export type ImportOutputFormat = (typeof IMPORT_FORMATS)[number];

/** `liseuse import FILE… --dry-run [--format json|text]`. */
export interface ImportCommand {
  kind: 'import';
  inputs: string[];
  format: ImportOutputFormat;
}

/** `liseuse backup inspect FILE`. */
export interface BackupInspectCommand {
  kind: 'backup-inspect';
  input: string;
}

/** Parsed arguments of these commands, or one line saying what is wrong with them. */
export type ParsedImportArgs =
  { ok: true; command: ImportCommand | BackupInspectCommand } | { ok: false; message: string };

/** Parses the arguments after `import`. */
export function parseImportArgs(rest: string[]): ParsedImportArgs {
  const inputs: string[] = [];
  let dryRun = false;
  let format: ImportOutputFormat = 'text';
  for (let index = 0; index < rest.length; index += 1) {
    const argument = rest[index];
    const equals = argument.startsWith('--') ? argument.indexOf('=') : -1;
    const [flag, inline] =
      equals === -1 ? [argument, undefined] : [argument.slice(0, equals), argument.slice(equals + 1)];
    if (flag === '--dry-run') {
      dryRun = true;
    } else if (flag === '--format') {
      const value = inline ?? rest[++index];
      if (!(IMPORT_FORMATS as readonly string[]).includes(value ?? ''))
        return fail(`unknown format "${value ?? ''}". Use one of: ${IMPORT_FORMATS.join(', ')}.`);
      format = value as ImportOutputFormat;
    } else if (flag.startsWith('--')) {
      return fail(`unknown option "${flag}". Run "liseuse --help" to see the options.`);
    } else {
      inputs.push(argument);
    }
  }
  if (inputs.length === 0) return fail('no export file to read. Example: liseuse import pocket.zip --dry-run');
  if (!dryRun) {
    return fail(
      "the command line only shows what an import would do (--dry-run): it cannot write into the extension's Library. Import from the Liseuse options page.",
    );
  }
  return { ok: true, command: { kind: 'import', inputs, format } };
}

/** Parses the arguments after `backup`. */
export function parseBackupArgs(rest: string[]): ParsedImportArgs {
  const [action, ...inputs] = rest;
  if (action !== 'inspect')
    return fail(`unknown backup action "${action ?? ''}". Example: liseuse backup inspect liseuse-backup.zip`);
  const unknown = inputs.find((input) => input.startsWith('--'));
  if (unknown) return fail(`unknown option "${unknown}". Run "liseuse --help" to see the options.`);
  if (inputs.length !== 1) return fail('give one backup file. Example: liseuse backup inspect liseuse-backup.zip');
  return { ok: true, command: { kind: 'backup-inspect', input: inputs[0] } };
}

function fail(message: string): ParsedImportArgs {
  return { ok: false, message };
}
