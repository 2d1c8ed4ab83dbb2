import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Keeps the rules of shared/STYLE.md (points 4–6) true as the code grows: one module opens the
// database, one module sanitizes, one module carries runtime messages, and nothing else writes HTML.

const ROOT = join(__dirname, '..');
const SOURCE_FOLDERS = ['lib', 'components', 'entrypoints'];

// lib/dev/ is tooling for tests, benchmarks and `npm start` (never bundled): it reads the
// extension's database from outside to check what a test saved.
const TOOLING = join(ROOT, 'lib', 'dev');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (path === TOOLING) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder))).map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

function offenders(pattern: RegExp, allowed: string[]): string[] {
  return files.filter((file) => pattern.test(file.text) && !allowed.includes(file.path)).map((file) => file.path);
}

describe('project conventions', () => {
  it('reads the source tree', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('opens IndexedDB only in lib/db.ts', () => {
    expect(offenders(/\bindexedDB\b|\bopenDB\b/, ['lib/db.ts'])).toEqual([]);
  });

  it('imports DOMPurify only in lib/sanitize.ts', () => {
    expect(offenders(/from ['"]dompurify['"]/, ['lib/sanitize.ts'])).toEqual([]);
  });

  it('writes HTML nowhere but the sanitizer', () => {
    const sinks = /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/;
    expect(offenders(sinks, ['lib/sanitize.ts'])).toEqual([]);
  });

  it('sends and receives runtime messages only through lib/messages.ts', () => {
    expect(offenders(/runtime\.(sendMessage|onMessage)/, ['lib/messages.ts'])).toEqual([]);
  });

  it('keeps the database out of the script injected into pages', () => {
    // In a page, lib/db would open the web site's own IndexedDB, not the extension's.
    const injected = files.filter((file) => file.path === 'entrypoints/extract.ts' || file.path.startsWith('lib/in-page/'));
    expect(injected.length).toBeGreaterThan(0);
    for (const file of injected) expect(file.text).not.toMatch(/from ['"][./]*(lib\/)?db['"]/);
  });
});
