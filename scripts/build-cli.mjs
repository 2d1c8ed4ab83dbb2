// Builds the `liseuse` command into dist/cli/liseuse.mjs with esbuild, so that the command runs
// plain JavaScript: no TypeScript compiler at run time. Run by `npm ci` / `npm install`
// (postinstall) and `npm run build:cli`; the CLI tests call buildCli() so they test the sources
// as they are. Dependencies stay external: they are installed next to the bundle.
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the built command lives; bin/liseuse.mjs imports it. */
export const CLI_BUNDLE = resolve(root, 'dist/cli/liseuse.mjs');

/**
 * Bundles lib/cli/main.ts into one ES module, and the worker thread that runs the extraction
 * pipeline (lib/cli/extract-worker.ts, within memory, stack and time limits) beside it.
 */
export async function buildCli() {
  await build({
    entryPoints: {
      liseuse: resolve(root, 'lib/cli/main.ts'),
      'extract-worker': resolve(root, 'lib/cli/extract-worker.ts'),
    },
    outdir: dirname(CLI_BUNDLE),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    legalComments: 'none',
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
