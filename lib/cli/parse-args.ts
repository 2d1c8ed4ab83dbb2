import { isHttpUrl, parseHttpUrl } from '../shared/urls';
import { parseBackupArgs, parseImportArgs, type BackupInspectCommand, type ImportCommand } from './import-args';

/** Output formats of `liseuse extract`. */
export const FORMATS = ['json', 'markdown', 'html', 'text'] as const;
export type Format = (typeof FORMATS)[number];

/** What the user asked the command line for. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'extract'; inputs: string[]; url: string | null; format: Format; withTitle: boolean }
  | ImportCommand
  | BackupInspectCommand;

/** Parsed arguments, or a one-line explanation of what is wrong with them. */
export type ParsedArgs = { ok: true; command: Command } | { ok: false; message: string };

/**
 * Parses `liseuse` arguments: `extract FILE_OR_URL… [--url URL] [--format F] [--with-title]`,
 * `import FILE… --dry-run`, `backup inspect FILE`, --help, --version.
 */
export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return ok({ kind: 'help' });
  if (argv.includes('--version') || argv.includes('-v')) return ok({ kind: 'version' });
  const [name, ...rest] = argv;
  if (name === 'import') return parseImportArgs(rest);
  if (name === 'backup') return parseBackupArgs(rest);
  if (name !== 'extract') return fail(`unknown command "${name}". Run "liseuse --help" to see the commands.`);

  const inputs: string[] = [];
  let url: string | null = null;
  let format: Format = 'markdown';
  let withTitle = false;
  for (let index = 0; index < rest.length; index += 1) {
    const [flag, inline] = rest[index].startsWith('--') ? splitFlag(rest[index]) : [rest[index], undefined];
    if (flag === '--with-title' && inline === undefined) {
      withTitle = true;
      continue;
    }
    if (flag !== '--url' && flag !== '--format') {
      if (flag.startsWith('--')) return fail(`unknown option "${flag}". Run "liseuse --help" to see the options.`);
      // An input that starts like a web address must be one: a typo is a usage error, not a
      // download that fails later as if the site were down.
      if (/^https?:/i.test(flag) && !isWebAddress(flag)) return fail(`"${flag}" is not a valid http(s) address.`);
      inputs.push(flag);
      continue;
    }
    const value = inline ?? rest[++index];
    if (value === undefined) return fail(`${flag} needs a value. Run "liseuse --help" for an example.`);
    if (flag === '--format') {
      if (!isFormat(value)) return fail(`unknown format "${value}". Use one of: ${FORMATS.join(', ')}.`);
      format = value;
    } else {
      if (!isWebAddress(value))
        return fail(`--url needs a valid http(s) address such as https://example.org/article, not "${value}".`);
      url = value;
    }
  }
  if (inputs.length === 0) return fail('no file or URL to extract. Example: liseuse extract page.html --format json');
  if (url !== null && inputs.length > 1)
    return fail('--url gives the address of one local file; run one command per file.');
  return ok({ kind: 'extract', inputs, url, format, withTitle });
}

/** An absolute http(s) address with a host that URL accepts ("https://", "http://exa mple" are not). */
function isWebAddress(value: string): boolean {
  return isHttpUrl(value) && (parseHttpUrl(value)?.hostname ?? '') !== '';
}

function splitFlag(argument: string): [string, string | undefined] {
  const equals = argument.indexOf('=');
  return equals === -1 ? [argument, undefined] : [argument.slice(0, equals), argument.slice(equals + 1)];
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

function ok(command: Command): ParsedArgs {
  return { ok: true, command };
}

function fail(message: string): ParsedArgs {
  return { ok: false, message };
}
