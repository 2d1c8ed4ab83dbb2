// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The script a click injects into the page is parsed and compiled there on every click, before
// anything is shown (issue 7: under 40 KB gzipped). A size check on a production build, no timing.
const WXT = join('node_modules', 'wxt', 'bin', 'wxt.mjs');
const BUDGET_BYTES = 40 * 1024;

describe('the script injected into pages', () => {
  let root: string;
  let script: Buffer;
  let restScript: Buffer;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'liseuse-extract-size-'));
    const env: NodeJS.ProcessEnv = { ...process.env, LISEUSE_OUT_DIR: root };
    delete env.LISEUSE_TEST_BUILD;
    await promisify(execFile)(process.execPath, [WXT, 'build'], { env });
    script = await readFile(join(root, 'chrome-mv3', 'extract.js'));
    restScript = await readFile(join(root, 'chrome-mv3', 'extract-rest.js'));
  }, 180_000);
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('is under 40 KB gzipped in the production build', () => {
    const gzipped = gzipSync(script, { level: 9 }).length;
    expect(gzipped, `extract.js is ${(gzipped / 1024).toFixed(1)} KB gzipped`).toBeLessThan(BUDGET_BYTES);
  });

  it('carries no sanitizer, nor does the second one: the popup (or the offscreen document) sanitizes', () => {
    // DOMPurify's hook names are strings in its code; Liseuse's hooks use them too.
    expect(script.toString('utf8')).not.toContain('uponSanitizeAttribute');
    expect(restScript.toString('utf8')).not.toContain('uponSanitizeAttribute');
  });

  it('carries no storage, Markdown or popup code', () => {
    const text = script.toString('utf8');
    expect(text).not.toContain('indexedDB');
    expect(text).not.toMatch(/turndown|TurndownService/i);
    expect(text).not.toContain('preact');
  });
});
