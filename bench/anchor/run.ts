/**
 * bench/anchor: the time to re-attach 300 highlights to a long article in Chromium, against a
 * baseline measured in the same run on the same page (the page's textContent and one plain
 * `indexOf` per quote: the least any anchoring must do).
 *
 *   npm run bench:anchor        (BENCH_ROUNDS=n, ANCHOR_PARAGRAPHS=n to change the defaults)
 *
 * page.ts is bundled with esbuild and run in headless Chromium (playwright-core, Debian's
 * /usr/bin/chromium). Three scenarios: the same article rendered again (stored positions hold),
 * the article re-saved with a paragraph inserted at the top (every position stale: exact search
 * with context), and the same plus 30 passages with a letter changed (fuzzy search). Liseuse's
 * time covers reading the normalized text and its map, anchoring, building DOM Ranges and
 * handing them to the CSS Custom Highlight API. Results go to BENCHMARKS.md between
 * <!-- bench:anchor --> markers. Goal: under 50 ms for 300 highlights.
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { writeSection } from '../common/write-section';
import type { BenchReport, ScenarioTimes } from './page';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const PARAGRAPHS = Number(process.env.ANCHOR_PARAGRAPHS ?? 1000);
const HIGHLIGHTS = 300;
const GOAL_MS = 50;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const spread = (values: readonly number[]) =>
  `${ms(median(values))} ms (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;

async function pageScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0].text;
}

function row(scenario: ScenarioTimes): string {
  const total = median(scenario.total);
  const base = median(scenario.baseline);
  const methods = Object.entries(scenario.methods)
    .map(([method, count]) => `${method} ${count}`)
    .join(', ');
  return `| ${scenario.name} | **${spread(scenario.total)}** | ${ms(median(scenario.textMap))} / ${ms(median(scenario.anchoring))} / ${ms(median(scenario.ranges))} / ${ms(median(scenario.paint))} | ${spread(scenario.baseline)} | ${(total / base).toFixed(1)}× | ${methods} | ${total < GOAL_MS ? 'yes' : '**no**'} |`;
}

async function main(): Promise<void> {
  const script = await pageScript();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    // A loopback address is a secure context (crypto.randomUUID); the route answers without a server.
    const url = 'http://127.0.0.1:9/anchor-bench.html';
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head><body></body></html>',
      }),
    );
    await page.goto(url);
    await page.addScriptTag({ content: script });
    const report = await page.evaluate(
      ([paragraphs, count, rounds]) =>
        (globalThis as unknown as { runAnchorBench(p: number, c: number, r: number): BenchReport }).runAnchorBench(
          paragraphs,
          count,
          rounds,
        ),
      [PARAGRAPHS, HIGHLIGHTS, ROUNDS] as const,
    );
    const version = browser.version();
    const body = `## Anchoring 300 highlights (bench/anchor)

\`npm run bench:anchor\` — headless Chromium ${version}, an article of ${PARAGRAPHS} paragraphs (${report.characters.toLocaleString('en')} characters of normalized text, headings and inline markup) with ${report.highlights} highlights of 40–200 characters. Median (min–max) of ${ROUNDS} rounds after a warm-up, Liseuse and the baseline alternating first. **Liseuse** = read the normalized text and its text-node map, anchor every highlight (lib/highlights/anchor.ts), build a DOM Range each and hand them to the CSS Custom Highlight API. **Baseline** = the page's \`textContent\` and one plain \`indexOf\` per quote, the least any anchoring does (it cannot place a quote that crosses paragraphs, tell repeated quotes apart, or survive an edit).

| scenario | Liseuse, 300 highlights | of which: text map / anchoring / ranges / paint (ms) | baseline (textContent + indexOf) | ratio | how they were placed | goal < ${GOAL_MS} ms |
|---|---|---|---|---|---|---|
${report.scenarios.map(row).join('\n')}

Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' / ')} at the end (other engineers' builds and tests share the machine).`;
    writeSection('BENCHMARKS.md', 'anchor', body);
    console.log(body);
  } finally {
    await browser.close();
  }
}

await main();
