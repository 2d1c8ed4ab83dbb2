/**
 * bench/click-to-view: in real Chromium with the built extension, the time from a real toolbar
 * click (CDP Extensions.triggerAction) to
 *   - the clean view painted in the popup (ArticleView's performance mark, set in the first
 *     requestAnimationFrame after it is in the DOM), and
 *   - the article saved, images included (the popup's "saved" mark, after the images are read back).
 * Median of RUNS runs per page, after one warm-up, on the seed page and large corpus pages.
 * Writes its own section of BENCHMARKS.md. Run: `npm run bench:click` (builds first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/harness/launch';
import { attachToPopup } from '../../scripts/harness/popup';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { clickToolbar } from '../../scripts/harness/toolbar';
import { median } from '../common/stats';
import { writeSection } from '../common/write-section';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const CORPUS = '../shared/corpus/readability-test-pages';

interface BenchPage {
  label: string;
  root: string;
  file: string;
}

const PAGES: BenchPage[] = [
  { label: 'seed article (20 kB, 2 images)', root: 'tests/fixtures/seed-article/site', file: 'tests/fixtures/seed-article/page.html' },
  ...['yahoo-2', 'wikipedia-2']
    .filter((name) => existsSync(join(CORPUS, name, 'source.html')))
    .map((name) => ({
      label: `corpus ${name} (${Math.round(readFileSync(join(CORPUS, name, 'source.html')).length / 1024)} kB)`,
      root: join(CORPUS, name),
      file: join(CORPUS, name, 'source.html'),
    })),
];

/** Epoch milliseconds of a performance mark in the popup, or null until it exists. */
const MARK_AT = (name: string) =>
  `(() => { const [m] = performance.getEntriesByName('${name}'); return m ? performance.timeOrigin + m.startTime : null; })()`;

interface Run {
  /** Click → clean view painted in the popup. */
  view: number;
  /** Click → saved with images. */
  saved: number;
  /** Click → the popup document exists (Chromium's share: window, renderer, navigation). */
  popup: number;
  /** The extraction in the tab, as the popup waits for it (script injection + pipeline). */
  extract: number;
}

async function oneRun(ext: ExtensionBrowser, site: FixtureServer): Promise<Run> {
  const page = await ext.context.newPage();
  await page.goto(site.url('/page.html'), { waitUntil: 'load' });
  const clickedAt = await clickToolbar(ext, page);
  const popup = await attachToPopup(ext);
  try {
    const painted = await popup.waitFor<number>(MARK_AT('liseuse:article-painted'), 60_000);
    const saved = await popup.waitFor<number>(MARK_AT('liseuse:saved'), 60_000);
    const origin = await popup.evaluate<number>('performance.timeOrigin');
    const extract = (await popup.evaluate<number>(MARK_AT('liseuse:extracted'))) - (await popup.evaluate<number>(MARK_AT('liseuse:extract-start')));
    return { view: painted - clickedAt, saved: saved - clickedAt, popup: origin - clickedAt, extract };
  } finally {
    await popup.close();
    await page.close();
  }
}

async function benchPage(page: BenchPage): Promise<string> {
  // Every host but the local server is "not found": a corpus page's CDN images and scripts fail
  // at once instead of reaching the network.
  const ext = await launchWithExtension({ extraArgs: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  const site = await serveFixture(page.root, { '/page.html': page.file });
  try {
    await oneRun(ext, site); // warm-up: first service-worker wake-up, first database open
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(ext, site));
    const cell = (key: keyof Run) => {
      const values = runs.map((r) => r[key]);
      return `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
    };
    const row = `| ${page.label} | ${RUNS} | **${cell('view')}** | ${cell('saved')} | ${cell('popup')} | ${cell('extract')} |`;
    console.log(row);
    return row;
  } finally {
    await site.close();
    await ext.close();
  }
}

function section(rows: string[]): string {
  return [
    '## Click to clean view (popup)',
    '',
    'Real toolbar click (CDP `Extensions.triggerAction`) in headless Chromium with the built extension, to:',
    'the clean article painted in the popup (first animation frame after ArticleView is in the DOM), and the',
    'article saved with its images. Median (min–max) after one warm-up; each run opens the page in a new tab.',
    'Goal: clean view under 300 ms median. Other hosts resolve to "not found", so corpus images are reported missing.',
    '',
    'The last two columns split the clean-view time: Chromium opening the popup window (before any Liseuse',
    'code runs), and the extraction in the tab (injecting /extract.js and running the pipeline).',
    '',
    '| page | runs | click → clean view | click → saved | click → popup document | extraction in tab |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Chromium headless,`,
    `load average ${loadavg().map((n) => n.toFixed(1)).join(' / ')} at the end (other work on the machine inflates every column).`,
    'Command: `npm run bench:click` (builds into `$LISEUSE_OUT_DIR`, default `.output`; `BENCH_RUNS=n` to change the run count).',
  ].join('\n');
}

const rows: string[] = [];
for (const page of PAGES) rows.push(await benchPage(page));
writeSection('BENCHMARKS.md', 'click-to-view', section(rows));
