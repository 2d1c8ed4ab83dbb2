#!/usr/bin/env node
// Launcher for the `liseuse` command: runs the bundle that `npm ci` (postinstall) or
// `npm run build:cli` builds from lib/cli with esbuild, so no TypeScript is compiled at run time.
let cli;
try {
  cli = await import('../dist/cli/liseuse.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/liseuse.mjs')) throw error;
  process.stderr.write(
    'liseuse: the command is not built yet. Run "npm ci" (or "npm run build:cli") in the Liseuse folder, then try again.\n',
  );
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
