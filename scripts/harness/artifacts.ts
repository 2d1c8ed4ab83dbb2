import { resolve } from 'node:path';

/** Where tests, benchmarks and `npm start` write screenshots and results (gitignored). */
export const ARTIFACTS = resolve('test-artifacts');
