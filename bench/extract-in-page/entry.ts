// Bundled by bench/extract-in-page/run.ts for the page under test only (never shipped): the same
// pipeline as /extract.js, callable with step timings, the step an extension page runs on what
// /extract-rest.js hands over (finishArticle), and plain Readability to compare with.
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../lib/extract';
import { finishArticle } from '../../lib/extract/finish-article';

(globalThis as unknown as { liseuseBench: unknown }).liseuseBench = { Readability, extractArticle, finishArticle };
