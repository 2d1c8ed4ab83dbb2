import { execFile } from 'node:child_process';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { buildCli } from '../../scripts/build-cli.mjs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root: the command runs from there, as `npx liseuse` would. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A fixture of tests/fixtures/cli by name. */
export function fixture(name: string): string {
  return resolve(REPO_ROOT, 'tests/fixtures/cli', name);
}

/** What one run of the real command printed, and its exit status. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Built once per test file, so that the tests run the command built from the sources as they are. */
let built: Promise<void> | null = null;

/**
 * Runs `node bin/liseuse.mjs ARGS` as a child process, after building the command. Asynchronous
 * on purpose: a test may serve pages from its own process while the command fetches them.
 */
export async function runCli(args: string[], timeoutMs = 90_000): Promise<CliRun> {
  built ??= buildCli() as Promise<void>;
  await built;
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['bin/liseuse.mjs', ...args],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ status, stdout, stderr });
      },
    );
  });
}
