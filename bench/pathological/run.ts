/**
 * bench/pathological: the pathological pages of issue 13 (bench/pathological/pages.ts), each
 * against an ordinary article measured in the same run.
 * - Chromium with Liseuse built into .output-pathological: the page is opened, its long tasks
 *   recorded from the toolbar click on (PerformanceObserver 'longtask'), and the time from the
 *   click to the popup's outcome (the article shown, or a message) is measured, with the longest
 *   task of the page and of the popup.
 * - The command line (`liseuse extract FILE --format json`): time to its outcome and peak memory
 *   (GNU time's maximum resident set size).
 * Writes its section of BENCHMARKS.md. Run: `npm run bench:pathological` (holds the browser lock
 * itself only if run under flock; see HELPERS/README).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionDir, launchWithExtension } from '../../scripts/harness/launch';
import { attachToPopup } from '../../scripts/harness/popup';
import { serveFixture } from '../../scripts/harness/serve';
import { clickToolbar } from '../../scripts/harness/toolbar';
import { writeSection } from '../common/write-section';
import { pathologicalPages } from './pages';

const OUT_DIR = '.output-pathological';
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
/** The popup's outcome: the article's body, or the message of a page it could not read. */
const OUTCOME = `(() => {
  const alert = document.querySelector('[role=alert]');
  if (alert) return 'message: ' + alert.innerText.split('\\n').slice(-1)[0];
  const body = document.querySelector('.article-body');
  return body && body.innerText.length > 0 ? 'article (' + body.innerText.split(/\\s+/).length + ' words)' : '';
})()`;
/** Long tasks seen by a page since it was told to watch (buffered: those before count too). */
const WATCH_LONG_TASKS = `(() => { window.__longest = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask', buffered: true }); return true; })()`;

interface BrowserRow {
  name: string;
  ms: number;
  outcome: string;
  pageLongest: number;
  popupLongest: number;
}
interface CliRow {
  name: string;
  ms: number;
  outcome: string;
  peakMb: number;
}

async function inChromium(): Promise<BrowserRow[]> {
  const pages = pathologicalPages();
  const routes = Object.fromEntries(
    pages.map((page) => [
      `/${page.name}.html`,
      { html: (origin: string) => page.html.replaceAll('{{ORIGIN}}', origin) },
    ]),
  );
  const site = await serveFixture('bench/pathological', routes, { '/img/': { type: 'image/png', body: PIXEL } });
  const ext = await launchWithExtension({ extension: extensionDir(OUT_DIR) });
  const rows: BrowserRow[] = [];
  try {
    for (const page of pages) {
      const tab = await ext.context.newPage();
      await tab.goto(site.url(`/${page.name}.html`), { timeout: 120_000 });
      // Loading a 10 MB page is the site's cost, not Liseuse's: watch from the click on.
      await tab.evaluate(`new Promise((resolve) => setTimeout(resolve, 500))`);
      await tab.evaluate(
        `(() => { window.__longest = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask' }); })()`,
      );
      const clickedAt = await clickToolbar(ext, tab);
      const popup = await attachToPopup(ext);
      const outcome = await popup.waitFor<string>(OUTCOME, 60_000);
      const ms = Date.now() - clickedAt;
      await popup.evaluate(WATCH_LONG_TASKS);
      await new Promise((resolve) => setTimeout(resolve, 200));
      rows.push({
        name: page.name,
        ms,
        outcome,
        pageLongest: await tab.evaluate<number>('window.__longest'),
        popupLongest: await popup.evaluate<number>('window.__longest'),
      });
      await popup.close();
      await tab.close();
      console.log(rows.at(-1));
    }
  } finally {
    await ext.close();
    await site.close();
  }
  return rows;
}

function onCommandLine(): CliRow[] {
  const folder = mkdtempSync(join(tmpdir(), 'liseuse-pathological-'));
  return pathologicalPages().map((page) => {
    const file = join(folder, `${page.name}.html`);
    writeFileSync(file, page.html.replaceAll('{{ORIGIN}}', 'https://img.example'));
    const started = Date.now();
    const run = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        'peak-kb %M',
        process.execPath,
        'bin/liseuse.mjs',
        'extract',
        file,
        '--url',
        'https://lac.example/a',
        '--format',
        'json',
      ],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    const ms = Date.now() - started;
    const peakKb = Number(/peak-kb (\d+)/.exec(run.stderr)?.[1] ?? 0);
    const message = run.stderr.split('\n').find((line) => line.startsWith('liseuse: '));
    const outcome =
      run.status === 0
        ? `article (${(JSON.parse(run.stdout) as { wordCount: number }).wordCount} words)`
        : `message: ${message?.replace(/^liseuse: [^:]+: /, '') ?? `exit ${run.status}`}`;
    const row = { name: page.name, ms, outcome, peakMb: Math.round(peakKb / 1024) };
    console.log(row);
    return row;
  });
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0];
  execFileSync('npx', ['wxt', 'build'], { env: { ...process.env, LISEUSE_OUT_DIR: OUT_DIR }, stdio: 'inherit' });
  const browser = await inChromium();
  const cli = onCommandLine();
  const what = new Map(pathologicalPages().map((page) => [page.name, page.what]));
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const body = `## Pathological pages (bench/pathological)

Command: \`npm run bench:pathological\` (under the browser lock). ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, load average ${loadBefore.toFixed(1)} at start; Chromium headless with Liseuse built into ${OUT_DIR}.
Goals (issue 13): an outcome (the article, or a clear message) within 5 s of the click; the page's longest task under 200 ms where the work can be cut into steps; the command line answers every page without a stack trace, within its memory budget (768 MB of heap per page).

| page | what | click → outcome | outcome in the popup | longest task, page | longest task, popup | CLI time | CLI outcome | CLI peak memory |
|---|---|---|---|---|---|---|---|---|
${browser
  .map((row) => {
    const line = cli.find((candidate) => candidate.name === row.name);
    return `| ${row.name} | ${what.get(row.name)} | ${seconds(row.ms)} | ${row.outcome} | ${Math.round(row.pageLongest)} ms | ${Math.round(row.popupLongest)} ms | ${line ? seconds(line.ms) : '–'} | ${line?.outcome ?? '–'} | ${line ? `${line.peakMb} MB` : '–'} |`;
  })
  .join('\n')}

The baseline row is an ordinary article measured in the same run: compare each row with it rather than with another machine's numbers. Where the longest page task passes 200 ms it is one step that cannot be cut (Readability, or the browser cloning the page): the steps around it yield to the page, and the time budget (4 s in the tab, 5 s for the answer) bounds the whole.`;
  writeSection('BENCHMARKS.md', 'pathological', body);
  console.log(body);
}

void main();
