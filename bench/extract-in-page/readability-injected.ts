// Bundled by bench/extract-in-page/run.ts as a script of its own: plain Readability as an
// extension whose click injects only Readability would run it, compiled afresh each time (as
// /extract.js is), so that baseline and pipeline both pay a cold start.
import { Readability } from '@mozilla/readability';

new Readability(document.cloneNode(true) as Document).parse();
