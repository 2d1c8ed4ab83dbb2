// Bundled by bench/extract-in-page/run.ts for the page under test only (never shipped): the same
// pipeline as /extract.js, callable with step timings, and plain Readability to compare with.
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../lib/extract';

(globalThis as unknown as { liseuseBench: unknown }).liseuseBench = { Readability, extractArticle };
