/**
 * bench/click-to-view: in real Chromium with the built extension, a real toolbar click (CDP
 * Extensions.triggerAction) on a page, timed to each phase the popup marks (lib/shared/marks.ts):
 * the popup document, extraction started, the first part of the article back from the tab, the
 * article painted, the rest back, the save started and finished. Baseline in the same browser,
 * alternating with the real popup run by run: the same click opening an EMPTY page as the popup
 * (bench-empty.html, added to a copy of the build, set with action.setPopup), timed to its first
 * animation frame, as the article's paint is.
 * Liseuse's own time is click → article painted minus click → popup document.
 * Run: `npm run bench:click` (builds first; BENCH_RUNS=n runs per page, 11 by default).
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { extensionDir, launchWithExtension, type ExtensionBrowser } from '../../scripts/harness/launch';
import { attachToTarget, type AttachedTarget } from '../../scripts/harness/cdp-target';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { clickToolbar } from '../../scripts/harness/toolbar';
import { median as medianOf } from '../common/stats';
import { writeSection } from '../common/write-section';
import {
  ARTICLE_PAINTED_MARK,
  EXTRACT_START_MARK,
  EXTRACTED_MARK,
  FIRST_PART_MARK,
  SAVE_START_MARK,
  SAVED_MARK,
} from '../../lib/shared/marks';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const CORPUS = '../shared/corpus/readability-test-pages';
const EMPTY_PAGE = 'bench-empty.html';
const EMPTY_PAINTED = 'bench:empty-painted';
const GOALS = { ownMs: 120, wholeToEmpty: 1.5, largeToSeed: 2 };

interface BenchPage {
  label: string;
  root: string;
  file: string;
}

const PAGES: BenchPage[] = [
  {
    label: 'seed article (20 kB, 2 images)',
    root: 'tests/fixtures/seed-article/site',
    file: 'tests/fixtures/seed-article/page.html',
  },
  ...['yahoo-2', 'wikipedia-2']
    .filter((name) => existsSync(join(CORPUS, name, 'source.html')))
    .map((name) => ({
      label: `corpus ${name} (${Math.round(readFileSync(join(CORPUS, name, 'source.html')).length / 1024)} kB)`,
      root: join(CORPUS, name),
      file: join(CORPUS, name, 'source.html'),
    })),
];

/** Epoch milliseconds of a performance mark in the attached page, or null until it exists. */
const markAt = (name: string) =>
  `(() => { const [m] = performance.getEntriesByName('${name}'); return m ? performance.timeOrigin + m.startTime : null; })()`;

/** A copy of the build with the empty baseline page added (nothing of it ships). */
async function extensionWithEmptyPage(): Promise<{ dir: string; remove(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'liseuse-click-'));
  const dir = join(root, 'chrome-mv3');
  await cp(extensionDir(), dir, { recursive: true });
  await writeFile(
    join(dir, EMPTY_PAGE),
    '<!doctype html><meta charset="utf-8"><title>Empty</title><script src="bench-empty.js"></script><p>Empty</p>',
  );
  await writeFile(join(dir, 'bench-empty.js'), `requestAnimationFrame(() => performance.mark('${EMPTY_PAINTED}'));`);
  await writeFile(join(dir, CONTROLS_PAGE), '<!doctype html><meta charset="utf-8"><title>Bench controls</title>');
  return { dir, remove: () => rm(root, { recursive: true, force: true }) };
}

async function attachToExtensionPage(ext: ExtensionBrowser, path: string): Promise<AttachedTarget> {
  const url = ext.extensionUrl(path);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { targetInfos } = await ext.cdp.send('Target.getTargets');
    const found = targetInfos.find((t) => t.url.startsWith(url) && t.type === 'page');
    if (found) return attachToTarget(ext, found.targetId);
    if (Date.now() > deadline) throw new Error(`${path} did not open`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The popup as the Chrome build ships it: none, so that the click reaches the background (lib/popup/toolbar-click.ts). */
const AS_SHIPPED = '';

/**
 * BENCH_COLD_WORKER=1: the extension's service worker is stopped before every click (the
 * baseline's too), as Chrome stops it after 30 s idle: a reader's click usually wakes it.
 */
const COLD_WORKER = process.env.BENCH_COLD_WORKER === '1';
/** An extension page of the copy with nothing in it, from which the bench sets the popup and stops the worker. */
const CONTROLS_PAGE = 'bench-controls.html';

interface Controls {
  setPopup(path: string): Promise<void>;
  /** Stops the extension's service worker and waits until it is stopped. */
  stopWorker(): Promise<void>;
}

async function openControls(ext: ExtensionBrowser): Promise<Controls> {
  // A blank page's session stops the worker; while an extension page is open, the worker stayed
  // "running" whatever it was told, so the popup is set from one opened for the purpose and closed.
  const cdp = await ext.context.newCDPSession(await ext.context.newPage());
  const workers = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const { versionId, scriptURL, runningStatus } of versions)
      if (scriptURL.startsWith(ext.extensionUrl(''))) workers.set(versionId, runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return {
    async setPopup(path) {
      const page = await ext.context.newPage();
      await page.goto(ext.extensionUrl(CONTROLS_PAGE));
      await page.evaluate((popup) => chrome.action.setPopup({ popup }), path);
      await page.close();
    },
    async stopWorker() {
      // Tab events (a page loading, its title) wake the worker again: stop it until it is seen stopped.
      const deadline = Date.now() + 10_000;
      while ([...workers.values()].some((status) => status !== 'stopped')) {
        if (Date.now() > deadline) throw new Error(`the service worker did not stop: ${JSON.stringify([...workers])}`);
        for (const [versionId, status] of workers)
          if (status === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId }).catch(() => {});
        await new Promise((r) => setTimeout(r, 10));
      }
    },
  };
}

interface Run {
  /** Click → article painted (the whole). */
  view: number;
  /** Click → popup document (Chromium's share). */
  popup: number;
  /** The rest, from the popup document: extraction started, first part back, painted, rest back, save started, saved. */
  start: number;
  first: number;
  painted: number;
  rest: number;
  saveStart: number;
  saved: number;
}

async function popupRun(ext: ExtensionBrowser, site: FixtureServer, controls: Controls): Promise<Run> {
  const page = await ext.context.newPage();
  await page.goto(site.url('/page.html'), { waitUntil: 'load' });
  if (COLD_WORKER) await controls.stopWorker();
  const clickedAt = await clickToolbar(ext, page);
  const popup = await attachToExtensionPage(ext, 'popup.html');
  try {
    const painted = await popup.waitFor<number>(markAt(ARTICLE_PAINTED_MARK), 60_000);
    const saved = await popup.waitFor<number>(markAt(SAVED_MARK), 60_000);
    const origin = await popup.evaluate<number>('performance.timeOrigin');
    const at = async (mark: string) => ((await popup.evaluate<number | null>(markAt(mark))) ?? NaN) - origin;
    return {
      view: painted - clickedAt,
      popup: origin - clickedAt,
      start: await at(EXTRACT_START_MARK),
      first: await at(FIRST_PART_MARK),
      painted: painted - origin,
      rest: await at(EXTRACTED_MARK),
      saveStart: await at(SAVE_START_MARK),
      saved: saved - origin,
    };
  } finally {
    await popup.close();
    await page.close();
  }
}

/** Click → the empty popup page's first animation frame. */
async function emptyRun(ext: ExtensionBrowser, site: FixtureServer, controls: Controls): Promise<number> {
  const page = await ext.context.newPage();
  await page.goto(site.url('/page.html'), { waitUntil: 'load' });
  if (COLD_WORKER) await controls.stopWorker();
  const clickedAt = await clickToolbar(ext, page);
  const empty = await attachToExtensionPage(ext, EMPTY_PAGE);
  try {
    return (await empty.waitFor<number>(markAt(EMPTY_PAINTED), 30_000)) - clickedAt;
  } finally {
    await empty.close();
    await page.close();
  }
}

/** The median of the values a run measured (a mark a run never reached is left out). */
const median = (values: number[]) => medianOf(values.filter((value) => Number.isFinite(value)));
const spread = (values: number[]) =>
  `${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;

interface PageResult {
  page: BenchPage;
  runs: Run[];
  empty: number[];
}

async function benchPage(page: BenchPage, extensionPath: string): Promise<PageResult> {
  // Every host but the local server is "not found": a corpus page's CDN images and scripts fail
  // at once instead of reaching the network.
  const ext = await launchWithExtension({
    extension: extensionPath,
    extraArgs: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const site = await serveFixture(page.root, { '/page.html': page.file });
  try {
    const controls = await openControls(ext);
    // Warm-up: first service-worker wake-up, first database open, first empty page.
    await controls.setPopup(AS_SHIPPED);
    await popupRun(ext, site, controls);
    await controls.setPopup(EMPTY_PAGE);
    await emptyRun(ext, site, controls);
    const runs: Run[] = [];
    const empty: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await controls.setPopup(EMPTY_PAGE);
      empty.push(await emptyRun(ext, site, controls));
      await controls.setPopup(AS_SHIPPED);
      runs.push(await popupRun(ext, site, controls));
    }
    console.log(
      page.label,
      JSON.stringify({
        own: median(runs.map((r) => r.painted)),
        view: median(runs.map((r) => r.view)),
        empty: median(empty),
      }),
    );
    return { page, runs, empty };
  } finally {
    await site.close();
    await ext.close();
  }
}

function report(results: PageResult[]): string {
  const col = (r: PageResult, key: keyof Run) => spread(r.runs.map((run) => run[key]));
  const own = (r: PageResult) => median(r.runs.map((run) => run.painted));
  const ratio = (r: PageResult) => median(r.runs.map((run) => run.view)) / median(r.empty);
  const seed = results[0]!;
  const rows = results.map(
    (r) =>
      `| ${r.page.label} | **${own(r).toFixed(0)}** (${Math.min(...r.runs.map((x) => x.painted)).toFixed(0)}–${Math.max(...r.runs.map((x) => x.painted)).toFixed(0)}) | ${col(r, 'view')} | ${spread(r.empty)} | **${ratio(r).toFixed(2)}×** | ${col(r, 'popup')} |`,
  );
  const phases = results.map(
    (r) =>
      `| ${r.page.label} | ${col(r, 'start')} | ${col(r, 'first')} | ${col(r, 'painted')} | ${col(r, 'rest')} | ${col(r, 'saveStart')} | ${col(r, 'saved')} |`,
  );
  const large = results.find((r) => r.page.label.includes('wikipedia-2'));
  const yes = (pass: boolean) => (pass ? 'met' : '**not met**');
  const verdicts = [
    `- Liseuse's own time on the seed page: ${own(seed).toFixed(0)} ms median (goal < ${GOALS.ownMs} ms): ${yes(own(seed) < GOALS.ownMs)}.`,
    `- The whole on the seed page: ${ratio(seed).toFixed(2)}× the click → empty popup (goal < ${GOALS.wholeToEmpty}×): ${yes(ratio(seed) < GOALS.wholeToEmpty)}.`,
    ...(large
      ? [
          `- The 1 MB page (wikipedia-2): Liseuse's own time ${(own(large) / own(seed)).toFixed(1)}× the seed page's (goal ≤ ${GOALS.largeToSeed}×): ${yes(own(large) <= GOALS.largeToSeed * own(seed))}.`,
        ]
      : []),
  ];
  return [
    COLD_WORKER
      ? '## Click to clean view (popup), the service worker stopped before each click'
      : '## Click to clean view (popup)',
    '',
    'A real toolbar click (CDP `Extensions.triggerAction`) in headless Chromium with the built extension. Baseline, in the same browser and',
    'alternating with the real popup run by run: the same click opening an empty page as the popup (its first animation frame). "Painted" is',
    "the first animation frame after the article view is in the DOM. Liseuse's own time = click → painted − click → popup document.",
    `Median (min–max) in ms of ${RUNS} runs per page after a warm-up; each run opens the page in a new tab. Other hosts resolve to "not found".`,
    '',
    "| page | Liseuse's own time | click → article painted | click → empty popup painted | whole ÷ empty | click → popup document |",
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    ...verdicts,
    '',
    'Phases, in ms from the popup document (lib/shared/marks.ts): the popup asks for the reading (the one the click started in the',
    'background, or its own), first part of the article in hand (title, byline, first screen of HTML, sanitized in the popup), painted,',
    'the rest back (whole body handed over by the page, then sanitized in the popup with its text and word count), save started',
    '(after the paint), saved with images.',
    '',
    '| page | reading asked for | first part back | painted | rest back | save started | saved |',
    '|---|---|---|---|---|---|---|',
    ...phases,
    '',
    'How the popup gets there (lib/popup/, lib/capture/): the Chrome manifest sets no default popup, so the click reaches the',
    'background, which injects /extract.js into the tab at once and opens the popup with `action.openPopup`',
    "(lib/popup/toolbar-click.ts). Chromium takes about 270 ms to show the popup document (the column above), the seed page's",
    'extraction less than that, so the popup finds the first part waiting: a small classic script in popup.html',
    "(entrypoints/popup-boot.ts) asks the background for it as soon as the document is parsed, before the popup's own module script",
    "has loaded; a second classic script (entrypoints/popup-paint.ts, after #app) sanitizes and paints it with the popup's own",
    "components, and only then does the popup's module script (its Preact app, storage, save) load; the app removes the painted view in",
    'the frame its own view comes (lib/popup/first-paint.ts; past 150 ms without the first part, the app loads without waiting);',
    'the page meanwhile serializes the whole article, which the background fetches with a second executeScript and hands over',
    'once the first part is painted; the popup sanitizes it (the page no longer does) and the save starts only after that. When the',
    "click's activeTab grant reaches the tab after the background's first injection (one browser launch in five, on its first",
    'click) the popup injects again itself, as Firefox always does.',
    '',
    'Painting before the app loads (2026-12-03, night): the build before against the build after, alternated, 7 runs each, twice, load',
    "average 5.2–5.8: the seed page's own time 173 and 204 ms → 102 and 112 ms, yahoo-2 219 and 200 → 113 and 131 ms, the whole",
    '1.36× and 1.43× → 1.11× and 1.16× the empty popup; the rest and the save start 40–60 ms later (the app loads after the paint),',
    'the save ends about when it did (375 and 419 → 375 and 414 ms). What the paint costs: the app, whose bar works, now takes over at',
    '175–290 ms from the popup document (temporary marks, 9 runs, loaded machine; about 215 ms typical), where before its own paint came at 120–200 ms (medians).',
    '',
    "Where the seed page's time went from the popup document (temporary marks, 9 runs, medians, 2026-12-03 evening): the popup's",
    'first script asks at 36–50 ms and has the first part 5–10 ms later; its module script (Preact, the components, the sanitizer)',
    'starts at 61–80 ms; sanitizing the first screen ≈ 7 ms, rendering it ≈ 12 ms, painted at 86–113 ms. Module preload links',
    'in popup.html delayed the first script by 15–20 ms for no clear gain in the paint (101 and 129 ms against 112 and 113 ms,',
    'alternating); loading the Public Suffix List (270 kB, used only by the save) after the paint changed nothing measurable',
    '(102 and 113 ms against 98 and 117 ms). Not kept.',
    '',
    'Before the click started the extraction (the popup injected it; 2026-12-03, noon): the tab compiling the 94 kB script ≈ 20–50',
    'ms, its start-up ≈ 11–24 ms, the pipeline ≈ 80–100 ms cold (≈ 11 ms warm, in bench:extract-in-page), all after the popup',
    "document: Liseuse's own time was 194 ms on the seed page. On the 1 MB page the clutter steps on the whole page, Readability and",
    'the clutter steps on its article still take most of the time, all needed before any of it can be shown.',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Chromium headless,`,
    `load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ')} at the end (other work on the machine inflates every column, the baseline too).`,
    COLD_WORKER
      ? "Command: `BENCH_COLD_WORKER=1 npm run bench:click` (stops the service worker before every click, the baseline's too, as Chrome does after 30 s idle)."
      : 'Command: `npm run bench:click` (builds into `$LISEUSE_OUT_DIR`, default `.output`; `BENCH_RUNS=n` to change the run count; `BENCH_COLD_WORKER=1` for the section below).',
  ].join('\n');
}

const extension = await extensionWithEmptyPage();
try {
  const results: PageResult[] = [];
  for (const page of PAGES) results.push(await benchPage(page, extension.dir));
  writeSection('BENCHMARKS.md', COLD_WORKER ? 'click-to-view-cold-worker' : 'click-to-view', report(results));
  console.log(report(results));
} finally {
  await extension.remove();
}
