/**
 * bench/library/rebuild-ab.ts: a full rebuild of the text index at one Library size, two builds
 * alternated launch by launch (A B, then B A…), so that both meet the same spells of a shared
 * machine. Each launch imports the articles into a fresh profile (as bench/library does), lets the
 * index worker settle, then times `BENCH_REBUILDS` rebuilds (page painted → search ready).
 *
 *   LISEUSE_TEST_BUILD=1 LISEUSE_OUT_DIR=.output-a npx wxt build   (and .output-b from the other commit)
 *   LISEUSE_AB_DIRS=.output-a,.output-b npm run bench:rebuild-ab
 *
 * LIBRARY_BENCH_SIZE (10000), BENCH_LAUNCHES per build (3), BENCH_REBUILDS per launch (2).
 * Prints each launch's times and each build's median; writes nothing.
 */
import { extensionDir, launchWithExtension } from '../../scripts/harness/launch';
import { isTestBuild, openTestPage } from '../../scripts/harness/test-page';
import { median } from '../common/stats';
import { readCorpus, seedLibrary, type CorpusPage } from './corpus-articles';
import { settle, timeRebuild } from './index-work';

const DIRS = (process.env.LISEUSE_AB_DIRS ?? '').split(',').filter(Boolean);
const SIZE = Number(process.env.LIBRARY_BENCH_SIZE ?? 10_000);
const LAUNCHES = Number(process.env.BENCH_LAUNCHES ?? 3);
const REBUILDS = Number(process.env.BENCH_REBUILDS ?? 2);

async function rebuildsIn(outDir: string, corpus: CorpusPage[]): Promise<number[]> {
  const ext = await launchWithExtension({ extension: extensionDir(outDir) });
  try {
    const setup = await openTestPage(ext);
    // tsx (esbuild keepNames) wraps named functions in __name(); the callbacks run in the page.
    await setup.evaluate('globalThis.__name = (fn) => fn');
    await seedLibrary(setup, corpus, 0, SIZE);
    await settle(ext);
    const times: number[] = [];
    for (let run = 0; run < REBUILDS; run += 1) {
      // Each rebuild starts from a settled index (merges done); the browser closes after the last.
      if (run > 0) await settle(ext);
      times.push(Math.round((await timeRebuild(ext, setup)).ms));
    }
    return times;
  } finally {
    await ext.close();
  }
}

async function main(): Promise<void> {
  if (DIRS.length !== 2) throw new Error('Set LISEUSE_AB_DIRS to two build folders, e.g. .output-a,.output-b');
  for (const dir of DIRS)
    if (!isTestBuild(extensionDir(dir))) throw new Error(`${dir} is not a test build (LISEUSE_TEST_BUILD=1 wxt build)`);
  const corpus = await readCorpus();
  const times = new Map(DIRS.map((dir) => [dir, [] as number[]]));
  for (let launch = 0; launch < LAUNCHES; launch += 1) {
    for (const dir of launch % 2 === 0 ? DIRS : [...DIRS].reverse()) {
      const got = await rebuildsIn(dir, corpus);
      times.get(dir)!.push(...got);
      console.log(`${dir}: ${got.join(', ')} ms`);
    }
  }
  for (const [dir, all] of times)
    console.log(
      `${dir}: median ${median(all)} ms (${Math.min(...all)}–${Math.max(...all)}) over ${all.length} rebuilds of ${SIZE} articles`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
