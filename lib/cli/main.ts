import { readFileSync } from 'node:fs';
import { extractSourceInWorker } from './extract-in-worker';
import { formatExtraction, needsMarkdown } from './format-extraction';
import { parseArgs } from './parse-args';
import { runBackupInspect } from './run-backup-inspect';
import { runImport } from './run-import';
import { USAGE } from './usage';

/** The import and backup commands write through this, so tests can call them directly. */
const STANDARD_OUTPUT = {
  out: (text: string) => process.stdout.write(text),
  err: (text: string) => process.stderr.write(text),
};

/** Exit status when the arguments themselves are wrong (as most Unix tools do). */
const USAGE_ERROR = 2;

/**
 * Runs `liseuse` with `argv` (without "node" and the script) and returns the exit status.
 * Inputs are extracted one after another: one bad input prints its error line and the batch goes
 * on; the status is 1 at the end if any input failed.
 */
export async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`liseuse: ${parsed.message}\n`);
    return USAGE_ERROR;
  }
  const { command } = parsed;
  if (command.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command.kind === 'version') {
    process.stdout.write(`liseuse ${version()}\n`);
    return 0;
  }
  if (command.kind === 'import') return runImport(command, STANDARD_OUTPUT);
  if (command.kind === 'backup-inspect') return runBackupInspect(command, STANDARD_OUTPUT);

  const batch = command.inputs.length > 1;
  let failed = 0;
  for (const source of command.inputs) {
    const result = await extractSourceInWorker(source, command.url, needsMarkdown(command.format));
    if (result.ok) {
      const output = formatExtraction(
        source,
        result.extraction,
        result.markdown,
        command.format,
        batch,
        command.withTitle,
      );
      process.stdout.write(`${output.replace(/\n?$/, '\n')}`);
    } else {
      failed += 1;
      process.stderr.write(`liseuse: ${source}: ${result.message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
