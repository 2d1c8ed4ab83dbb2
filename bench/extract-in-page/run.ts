/**
 * bench/extract-in-page: the extraction where the extension runs it, in a live page in Chromium.
 * Each of the 130 corpus pages and the seed page is served from 127.0.0.1 and loaded once (page
 * scripts run as in a tab, every other host unreachable); then, on that same live DOM, one warm-up and ROUNDS
 * alternating rounds of
 *   A. plain Readability: `new Readability(document.cloneNode(true)).parse()`;
 *   B. the built page scripts as a toolbar click injects them: `/extract.js` (compiled and run,
 *      awaited: clone to the clean article and its first screen), then `/extract-rest.js` (the
 *      whole article sanitized, its text and word count). The first script's own time is kept too.
 * A page's time is the median of its rounds. One more run of the same pipeline, bundled with its
 * step timer, gives the time per step. Writes its section of BENCHMARKS.md.
 * Run: `npm run bench:extract-in-page` (builds into .output-bench first).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { serveFixture } from '../../scripts/harness/serve';
import { CORPUS_DIR } from '../../scripts/corpus-pages';
import { median, percentile as quantile } from '../common/stats';
import { writeSection } from '../common/write-section';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const OUT_DIR = '.output-bench';
const EXTRACT_JS = `${OUT_DIR}/chrome-mv3/extract.js`;
const EXTRACT_REST_JS = `${OUT_DIR}/chrome-mv3/extract-rest.js`;
const RATIO_GOAL = 1.3;
const WIKIPEDIA_GOAL = 1.5;
const ONLY = process.env.BENCH_PAGES?.split(',') ?? null;

interface PageTimes {
  name: string;
  readability: number;
  pipeline: number;
  firstPart: number;
  ok: boolean;
}

async function benchBundle(): Promise<string> {
  const result = await build({
    entryPoints: ['bench/extract-in-page/entry.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    keepNames: true,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

function pageNames(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => existsSync(`${CORPUS_DIR}/${name}/source.html`))
    .sort();
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0];
  execFileSync('npx', ['wxt', 'build'], { env: { ...process.env, LISEUSE_OUT_DIR: OUT_DIR }, stdio: 'inherit' });
  const extractJs = readFileSync(EXTRACT_JS, 'utf8');
  const restJs = readFileSync(EXTRACT_REST_JS, 'utf8');
  const bundle = await benchBundle();
  const seedUrl = (JSON.parse(readFileSync('tests/fixtures/seed-article/expected.json', 'utf8')) as { url: string })
    .url;
  const site = await serveFixture(CORPUS_DIR, { '/seed/page.html': 'tests/fixtures/seed-article/page.html' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  // executeScript runs in the page's isolated world, out of reach of the page's CSP; eval here must be too.
  const context = await browser.newContext({ bypassCSP: true });
  const pages = [
    { name: 'seed-article', path: '/seed/page.html' },
    ...pageNames().map((name) => ({ name, path: `/${name}/source.html` })),
  ].filter((page) => !ONLY || ONLY.includes(page.name));
  const results: PageTimes[] = [];
  const steps: Record<string, number> = {};
  try {
    for (const { name, path } of pages) {
      const tab = await context.newPage();
      await tab.goto(site.url(path), { waitUntil: 'load' });
      await tab.evaluate(bundle);
      const readability = () =>
        tab.evaluate(`(() => { const t = performance.now();
        new liseuseBench.Readability(document.cloneNode(true)).parse(); return performance.now() - t; })()`) as Promise<number>;
      // Indirect eval, as executeScript runs a file: compiled and run, its last expression (a
      // promise) awaited; the second script only once the first gave an article, as the extension does.
      const pipeline = () =>
        tab.evaluate(
          async ([first, rest]) => {
            const start = performance.now();
            const part = await ((0, eval)(first) as Promise<{ ok?: boolean } | undefined>);
            const firstDone = performance.now();
            const result = part?.ok ? await ((0, eval)(rest) as Promise<{ ok?: boolean } | undefined>) : part;
            return [performance.now() - start, result?.ok === true, firstDone - start] as [number, boolean, number];
          },
          [extractJs, restJs] as const,
        );
      await readability();
      const [, ok] = await pipeline();
      const a: number[] = [];
      const b: number[] = [];
      const firstParts: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        if (round % 2 === 0) {
          a.push(await readability());
          const [whole, , first] = await pipeline();
          b.push(whole);
          firstParts.push(first);
        } else {
          const [whole, , first] = await pipeline();
          b.push(whole);
          firstParts.push(first);
          a.push(await readability());
        }
      }
      const timings = (await tab.evaluate(`(() => { const timings = {};
        liseuseBench.extractArticle(document, { url: location.href === '${site.url('/seed/page.html')}' ? '${seedUrl}' : location.href, timings });
        return timings; })()`)) as Record<string, number>;
      for (const [step, ms] of Object.entries(timings)) steps[step] = (steps[step] ?? 0) + ms;
      results.push({ name, readability: median(a), pipeline: median(b), firstPart: median(firstParts), ok });
      await tab.close();
      process.stdout.write('.');
    }
  } finally {
    await browser.close();
    await site.close();
  }
  process.stdout.write('\n');
  const body = section(results, steps, loadBefore);
  if (!ONLY) writeSection('BENCHMARKS.md', 'extract-in-page', body);
  console.log(body);
}

function section(results: PageTimes[], steps: Record<string, number>, loadBefore: number): string {
  const readability = results.map((result) => result.readability);
  const pipeline = results.map((result) => result.pipeline);
  const ratios = results.map((result) => result.pipeline / result.readability);
  const firstParts = results.map((result) => result.firstPart);
  const ratio = median(pipeline) / median(readability);
  const wikipedia = results.find((result) => result.name === 'wikipedia-2');
  const wikipediaRatio = wikipedia ? wikipedia.pipeline / wikipedia.readability : NaN;
  // Clutter steps are inside "stripClutter (…)": they are listed, but not counted twice in the shares.
  const total = Object.entries(steps)
    .filter(([step]) => !step.startsWith('clutter: '))
    .reduce((sum, [, ms]) => sum + ms, 0);
  const stepRows = Object.entries(steps)
    .sort(([, x], [, y]) => y - x)
    .slice(0, 12)
    .map(([step, ms]) => `| ${step} | ${(ms / results.length).toFixed(2)} ms | ${((100 * ms) / total).toFixed(0)} % |`);
  const slowest = [...results]
    .sort((x, y) => y.pipeline - x.pipeline)
    .slice(0, 5)
    .map(
      (result) => `${result.name} ${result.pipeline.toFixed(0)} ms (Readability ${result.readability.toFixed(0)} ms)`,
    );
  const failures = results.filter((result) => !result.ok).map((result) => result.name);
  return [
    '## Extraction in the page (Chromium)',
    '',
    `Where the extension runs it: ${results.length} pages (the 130 corpus pages and the seed page) served from 127.0.0.1 and loaded`,
    'in headless Chromium (inline page scripts run, other hosts unreachable). On the same live DOM, one warm-up, then',
    `${ROUNDS} rounds alternating A/B and B/A: plain Readability (\`new Readability(document.cloneNode(true)).parse()\`) against the`,
    'built page scripts as a click injects them, each compiled and run and its promise awaited: `/extract.js` (clone, lazy',
    'images, metadata, clutter steps, Readability, URLs, the judgement of the result, the first screen) then `/extract-rest.js`',
    "(the whole article sanitized, its text and word count). A page's time is the median of its rounds. The first script's own",
    'time is what the first paint waits for in the page (the popup then sanitizes the first screen, a few milliseconds).',
    `Goal: pipeline ≤ ${RATIO_GOAL}× Readability at the median; wikipedia-2 ≤ ${WIKIPEDIA_GOAL}×.`,
    '',
    '| | median per page | p95 per page |',
    '|---|---|---|',
    `| plain Readability | ${median(readability).toFixed(1)} ms | ${quantile(readability, 0.95).toFixed(1)} ms |`,
    `| Liseuse, both scripts | ${median(pipeline).toFixed(1)} ms | ${quantile(pipeline, 0.95).toFixed(1)} ms |`,
    `| of which \`/extract.js\` (first part) | ${median(firstParts).toFixed(1)} ms | ${quantile(firstParts, 0.95).toFixed(1)} ms |`,
    `| ratio | **${ratio.toFixed(2)}×** (median of per-page ratios ${median(ratios).toFixed(2)}×, p95 ${quantile(ratios, 0.95).toFixed(2)}×) | |`,
    `| first part ÷ Readability | **${(median(firstParts) / median(readability)).toFixed(2)}×** (median of per-page ratios ${median(results.map((r) => r.firstPart / r.readability)).toFixed(2)}×) | |`,
    wikipedia
      ? `| wikipedia-2 | Readability ${wikipedia.readability.toFixed(0)} ms, Liseuse ${wikipedia.pipeline.toFixed(0)} ms (first part ${wikipedia.firstPart.toFixed(0)} ms): **${wikipediaRatio.toFixed(2)}×** | |`
      : '',
    '',
    `Verdict: median ratio ${ratio <= RATIO_GOAL ? 'within' : 'OVER'} the ${RATIO_GOAL}× goal; wikipedia-2 ${wikipediaRatio <= WIKIPEDIA_GOAL ? 'within' : 'OVER'} ${WIKIPEDIA_GOAL}×.`,
    `Slowest pages: ${slowest.join(', ')}.`,
    failures.length > 0 ? `Pages without an article: ${failures.join(', ')}.` : 'Every page gave an article.',
    '',
    'Where the pipeline spends its time in the page (mean per page, one run with the step timer, slowest steps first):',
    '',
    '| step | mean | share |',
    '|---|---|---|',
    ...stepRows,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Chromium headless, load average ${loadBefore.toFixed(1)} at start.`,
    'Command: `npm run bench:extract-in-page` (`BENCH_ROUNDS=n` for more rounds, `BENCH_PAGES=a,b` for some pages only, section not written).',
  ]
    .filter((line, index, lines) => line !== '' || lines[index - 1] !== '')
    .join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
