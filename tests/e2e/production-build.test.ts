import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionDir } from '../../scripts/harness/launch';
import { isTestBuild, TEST_PAGE } from '../../scripts/harness/test-page';

// The test hooks (scripts/test-page/) write straight into the Library: they must exist only in a
// test build. Both builds are made here, each in its own folder, from the same sources.
const WXT = join('node_modules', 'wxt', 'bin', 'wxt.mjs');
/** What the hooks page leaves in any file that carries it. */
const HOOK_TRACES = [TEST_PAGE, 'liseuseTest'];

async function build(outDir: string, testBuild: boolean): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, LISEUSE_OUT_DIR: outDir };
  if (testBuild) env.LISEUSE_TEST_BUILD = '1';
  else delete env.LISEUSE_TEST_BUILD;
  await promisify(execFile)(process.execPath, [WXT, 'build'], { env });
  return extensionDir(outDir);
}

async function filesOf(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries.filter((e) => e.isFile() && /\.(html|js|json|css)$/.test(e.name))) {
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), await readFile(path, 'utf8'));
  }
  return files;
}

const tracesIn = (files: Map<string, string>) =>
  [...files]
    .filter(([path, text]) => HOOK_TRACES.some((trace) => path.includes(trace) || text.includes(trace)))
    .map(([path]) => path);

describe('production build', () => {
  let root: string;
  let production: Map<string, string>;
  let testBuild: Map<string, string>;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'liseuse-builds-'));
    const productionDir = await build(join(root, 'production'), false);
    const testDir = await build(join(root, 'test'), true);
    expect(isTestBuild(productionDir)).toBe(false);
    expect(isTestBuild(testDir)).toBe(true);
    [production, testBuild] = await Promise.all([filesOf(productionDir), filesOf(testDir)]);
  });
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('holds no test hooks: no page, no code, no mention in the manifest', () => {
    expect(tracesIn(production)).toEqual([]);
  });

  it('differs from the test build only by the hooks page', () => {
    // The check above would see the hooks if they were there: the test build shows them.
    expect(tracesIn(testBuild)).toContain(TEST_PAGE);
    const pages = (files: Map<string, string>) => [...files.keys()].filter((path) => path.endsWith('.html')).sort();
    expect(pages(testBuild)).toEqual([...pages(production), TEST_PAGE].sort());
    expect(testBuild.get('manifest.json')).toBe(production.get('manifest.json'));
  });

  it('links the base stylesheet (reading.css) first on every page, so that page styles override it as written', () => {
    // The order of shared chunks follows each entry's imports (entrypoints/*/main.tsx import their stylesheets first).
    for (const page of ['popup.html', 'reader.html', 'library.html', 'options.html']) {
      const first = (production.get(page) ?? '').match(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/)?.[1] ?? '';
      expect(production.get(first), page).toMatch(/#first-paint\s*~\s*#app/);
    }
  });

  it("runs the popup's bootstrap first, with no preload of the popup's chunks ahead of it", () => {
    // Preloads made Chromium fetch every chunk before the bootstrap that takes or starts the extraction ran
    // (wxt.config.ts, bench/click-to-view).
    const popup = production.get('popup.html') ?? '';
    expect(popup.match(/<script\b[^>]*>/g)?.[0]).toMatch(/src="\/popup-boot\.js"/);
    expect(popup).not.toMatch(/modulepreload/);
    // The first screen's painter: a classic script after #app, which it paints before (entrypoints/popup-paint.ts).
    expect(popup).toMatch(/<div id="app"><\/div>\s*(<!--[^]*?-->\s*)?<script\s+src="\/popup-paint\.js"><\/script>/);
    expect(production.get('reader.html')).toMatch(/modulepreload/);
  });
});
