/**
 * bench/extract: plain Readability (clone + parse) against the full Liseuse pipeline
 * (extractArticle, as the command line runs it), both under jsdom, on the 130 corpus pages and
 * the seed page. Each page is parsed once outside the timing; then one warm-up run of each, then
 * ROUNDS rounds alternating which goes first (A/B, B/A…) so that drift in machine load hits both
 * alike. A page's time is the median of its rounds. Also: time per pipeline step, memory, and the
 * gzipped size of the script injected into pages (built into .output-bench/chrome-mv3/extract.js).
 * Writes its own section of BENCHMARKS.md. Run: `npm run bench:extract`. jsdom keeps part of every
 * closed window alive (plain Readability alone grows the heap by ~5 MB a page), hence the 8 GB heap
 * the npm script gives it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../lib/extract';
import { parsesBackWithParse5 } from '../../lib/cli/parses-back-with-parse5';
import { CORPUS_URL, readCorpus } from '../../scripts/corpus-pages';
import { median, percentile } from '../common/stats';
import { writeSection } from '../common/write-section';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SEED = 'tests/fixtures/seed-article';
/** Goal for the page script: small enough to inject on every click without a noticeable delay. */
const GZIP_GOAL_KB = 40;
const RATIO_GOAL = 1.5;

interface Source {
  name: string;
  html: string;
  url: string;
}

function sources(): Source[] {
  const seed = JSON.parse(readFileSync(`${SEED}/expected.json`, 'utf8')) as { url: string };
  return [
    { name: 'seed-article', html: readFileSync(`${SEED}/page.html`, 'utf8'), url: seed.url },
    ...readCorpus().map((page) => ({ name: page.name, html: page.source, url: CORPUS_URL })),
  ];
}

function timeOnce(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Builds the extension into its own folder (never another engineer's .output) and measures the page script. */
function extractScriptSize(): { file: string; bytes: number; gzip: number } | null {
  const file = '.output-bench/chrome-mv3/extract.js';
  try {
    execFileSync('npx', ['wxt', 'build'], {
      env: { ...process.env, LISEUSE_OUT_DIR: '.output-bench' },
      stdio: 'inherit',
    });
  } catch (error) {
    console.error(`wxt build failed (${String(error)}); the page script size is not measured.`);
    return null;
  }
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function main(): void {
  const loadBefore = loadavg()[0];
  const heapBefore = process.memoryUsage().heapUsed;
  const readabilityMs: number[] = [];
  const liseuseMs: number[] = [];
  const ratios: number[] = [];
  const steps: Record<string, number> = {};
  const failures: string[] = [];
  let heapPeakDelta = 0;

  for (const source of sources()) {
    const dom = new JSDOM(source.html, { url: source.url, virtualConsole: new VirtualConsole() });
    const doc = dom.window.document;
    const readability = () => new Readability(doc.cloneNode(true) as Document).parse();
    const liseuse = (timings?: Record<string, number>) => {
      const result = extractArticle(doc, { url: source.url, timings, parsesBackTo: parsesBackWithParse5 });
      const failure = result.ok ? null : `${source.name} (${result.reason})`;
      if (failure !== null && !failures.includes(failure)) failures.push(failure);
    };
    readability();
    liseuse();
    const a: number[] = [];
    const b: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      if (round % 2 === 0) {
        a.push(timeOnce(readability));
        b.push(timeOnce(() => liseuse()));
      } else {
        b.push(timeOnce(() => liseuse()));
        a.push(timeOnce(readability));
      }
    }
    liseuse(steps);
    heapPeakDelta = Math.max(heapPeakDelta, process.memoryUsage().heapUsed - heapBefore);
    readabilityMs.push(median(a));
    liseuseMs.push(median(b));
    ratios.push(median(b) / median(a));
    dom.window.close();
    process.stdout.write('.');
  }
  process.stdout.write('\n');

  const pages = readabilityMs.length;
  const ratio = median(liseuseMs) / median(readabilityMs);
  const stepRows = Object.entries(steps)
    .sort(([, x], [, y]) => y - x)
    .map(
      ([step, total]) =>
        `| ${step} | ${(total / pages).toFixed(1)} ms | ${((100 * total) / Object.values(steps).reduce((s, v) => s + v, 0)).toFixed(0)} % |`,
    );
  const script = extractScriptSize();
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, load average ${loadBefore.toFixed(1)} at start`;

  const body = [
    '## Extraction',
    '',
    `Plain Readability (\`new Readability(doc.cloneNode(true)).parse()\`) against the full Liseuse pipeline (\`extractArticle\`: lazy images,`,
    'metadata, clutter steps before and after Readability, URLs, sanitizing, text, word count), both under jsdom, the pipeline',
    'as the command line runs it (the sanitized article proved with parse5, lib/cli/parses-back-with-parse5.ts),',
    `on ${pages} pages (the 130 corpus pages and the seed page). Each page is parsed once outside the timing, warmed up once,`,
    `then timed ${ROUNDS} round${ROUNDS === 1 ? '' : 's'} (the order alternating A/B, B/A from round to round); a page's time is the median of its rounds.`,
    `Goal: Liseuse ≤ ${RATIO_GOAL}× Readability at the median. The clone is in both columns; clutter steps are lib/extract/strip-*.ts.`,
    '',
    '| | median per page | p95 per page |',
    '|---|---|---|',
    `| plain Readability | ${median(readabilityMs).toFixed(1)} ms | ${percentile(readabilityMs, 0.95).toFixed(1)} ms |`,
    `| Liseuse pipeline | ${median(liseuseMs).toFixed(1)} ms | ${percentile(liseuseMs, 0.95).toFixed(1)} ms |`,
    `| ratio | **${ratio.toFixed(2)}×** (median of per-page ratios ${median(ratios).toFixed(2)}×, p95 ${percentile(ratios, 0.95).toFixed(2)}×) | |`,
    '',
    `Verdict: ${ratio <= RATIO_GOAL ? 'within' : 'OVER'} the ${RATIO_GOAL}× goal. Peak heap growth during the run: ${(heapPeakDelta / 1048576).toFixed(0)} MB; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.`,
    failures.length > 0 ? `Pages without an article: ${failures.join(', ')}.` : 'Every page gave an article.',
    '',
    'Where the pipeline spends its time (mean per page, one instrumented run per page):',
    '',
    '| step | mean | share |',
    '|---|---|---|',
    ...stepRows,
    '',
    script
      ? `Injected page script \`${script.file}\`: ${(script.bytes / 1024).toFixed(1)} KB, **${(script.gzip / 1024).toFixed(1)} KB gzipped** (goal < ${GZIP_GOAL_KB} KB: ${script.gzip / 1024 < GZIP_GOAL_KB ? 'met' : 'NOT met'}).`
      : 'Injected page script: the build failed, size not measured.',
    '',
    `Measured ${date} on ${machine}.`,
    'Command: `npm run bench:extract` (`BENCH_ROUNDS=n` for more rounds per page).',
  ].join('\n');
  writeSection('BENCHMARKS.md', 'extract', body);
  console.log(body);
}

main();
