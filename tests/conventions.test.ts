import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Keeps the rules of shared/STYLE.md (points 4–6) true as the code grows: one module opens the
// database, one module sanitizes, one module carries runtime messages, and nothing else writes HTML.

const ROOT = join(__dirname, '..');
const SOURCE_FOLDERS = ['lib', 'components', 'entrypoints'];
// Tooling that runs against the built extension: the harness, the test build's hooks page,
// benchmarks and test helpers. Never bundled into the product, but bound by the storage rule.
const TOOLING_FOLDERS = ['scripts', 'bench', 'tests/support'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const read = (folders: string[]) => folders.flatMap((folder) => sourceFiles(join(ROOT, folder))).map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));
const files = read(SOURCE_FOLDERS);
const tooling = read(TOOLING_FOLDERS);

function offenders(pattern: RegExp, allowed: string[], among = files): string[] {
  return among.filter((file) => pattern.test(file.text) && !allowed.includes(file.path)).map((file) => file.path);
}

describe('project conventions', () => {
  it('reads the source tree', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('opens IndexedDB only in lib/storage/database.ts, tooling and test pages included', () => {
    const opensDb = /\bindexedDB\b|\bopenDB\b/;
    expect(offenders(opensDb, ['lib/storage/database.ts'])).toEqual([]);
    expect(tooling.length).toBeGreaterThan(10);
    expect(offenders(opensDb, [], tooling)).toEqual([]);
  });

  it('imports DOMPurify only in lib/shared/sanitize.ts', () => {
    expect(offenders(/from ['"]dompurify['"]/, ['lib/shared/sanitize.ts'])).toEqual([]);
  });

  it('writes HTML nowhere but the sanitizer', () => {
    const sinks = /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/;
    expect(offenders(sinks, ['lib/shared/sanitize.ts'])).toEqual([]);
  });

  it('sends and receives runtime messages only through lib/shared/messages.ts', () => {
    expect(offenders(/runtime\.(sendMessage|onMessage)/, ['lib/shared/messages.ts'])).toEqual([]);
  });

  it('keeps the database out of the script injected into pages', () => {
    // In a page, lib/storage would open the web site's own IndexedDB, not the extension's.
    const injected = files.filter((file) => file.path === 'entrypoints/extract.ts' || file.path === 'lib/capture/extract-page.ts');
    expect(injected).toHaveLength(2);
    for (const file of injected) expect(file.text).not.toMatch(/from ['"][./]*(lib\/)?storage\//);
  });

  it('imports nothing from tests/ or scripts/ into the product', () => {
    // Test hooks and the browser harness live outside it (the test build adds its page itself).
    expect(offenders(/from ['"](\.\.\/)+(tests|scripts)\//, [])).toEqual([]);
  });
});
