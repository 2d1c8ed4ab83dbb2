#!/usr/bin/env node
// Launcher for the `liseuse` command: lets Node load the TypeScript sources through tsx, so the
// command line runs the very pipeline the extension runs, without a separate build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
