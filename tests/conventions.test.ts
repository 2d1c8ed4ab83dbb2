import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Keeps the rules of shared/STYLE.md true as the code grows: the tree is the architecture (a
// folder per part, no import cycles, search a leaf, storage the only owner of IndexedDB), one
// module sanitizes, one module carries runtime messages, and nothing else writes HTML.

const ROOT = join(__dirname, '..');
/** What ships in the extension or the command line. */
const PRODUCT_FOLDERS = ['lib', 'components', 'entrypoints'];
/** Everything whose imports must not form a cycle. */
const ALL_FOLDERS = [...PRODUCT_FOLDERS, 'tests', 'scripts', 'bench'];

function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface SourceFile {
  path: string;
  text: string;
  /** Project files this one imports (type imports and re-exports included), as paths from ROOT. */
  imports: string[];
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '/index.ts', '/index.tsx'];

function resolveImport(from: string, specifier: string): string | null {
  const base = join(dirname(join(ROOT, from)), specifier);
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate);
  }
  return null;
}

const files: SourceFile[] = ALL_FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder))).map((absolute) => {
  const path = relative(ROOT, absolute);
  const text = readFileSync(absolute, 'utf8');
  const imports = [...text.matchAll(SPECIFIER)]
    .map((match) => resolveImport(path, match[1]!))
    .filter((target): target is string => target !== null && /\.(ts|tsx|mjs)$/.test(target));
  return { path, text, imports };
});
const byPath = new Map(files.map((file) => [file.path, file]));
const product = files.filter((file) => PRODUCT_FOLDERS.some((folder) => file.path.startsWith(`${folder}/`)));
const under = (folder: string) => (path: string) => path.startsWith(`${folder}/`);

function offenders(pattern: RegExp, allowed: string[]): string[] {
  return product.filter((file) => pattern.test(file.text) && !allowed.includes(file.path)).map((file) => file.path);
}

/** Imports from files under `from` to files under any of `forbidden`, as "a → b". */
function importsAcross(from: (path: string) => boolean, forbidden: ((path: string) => boolean)[]): string[] {
  return files
    .filter((file) => from(file.path))
    .flatMap((file) =>
      file.imports
        .filter((target) => forbidden.some((test) => test(target)))
        .map((target) => `${file.path} → ${target}`),
    );
}

/** Strongly connected components with more than one file (Tarjan): each one is an import cycle. */
function importCycles(): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (path: string): void => {
    index.set(path, counter);
    low.set(path, counter);
    counter += 1;
    stack.push(path);
    onStack.add(path);
    for (const target of byPath.get(path)?.imports ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(path, Math.min(low.get(path)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(path, Math.min(low.get(path)!, index.get(target)!));
      }
    }
    if (low.get(path) === index.get(path)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== path);
      if (component.length > 1 || byPath.get(path)?.imports.includes(path)) cycles.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file.path)) visit(file.path);
  return cycles;
}

/** Every project file `start` reaches through its imports, itself included. */
function reachableFrom(start: string): Set<string> {
  const seen = new Set<string>();
  const pending = [start];
  while (pending.length > 0) {
    const path = pending.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    pending.push(...(byPath.get(path)?.imports ?? []));
  }
  return seen;
}

describe('project conventions', () => {
  it('reads the source tree and its imports', () => {
    expect(product.length).toBeGreaterThan(80);
    expect(byPath.get('lib/storage/articles.ts')?.imports).toContain('lib/storage/transactions.ts');
  });

  it('has no import cycle anywhere, type imports included', () => {
    expect(importCycles()).toEqual([]);
  });

  it('keeps the root of lib/ nearly empty: a folder per part', () => {
    const loose = readdirSync(join(ROOT, 'lib')).filter((name) => statSync(join(ROOT, 'lib', name)).isFile());
    expect(loose.length).toBeLessThanOrEqual(5);
  });

  it('opens IndexedDB only in lib/storage/, the harness, benchmarks and test build page included', () => {
    // Tooling that runs against the real extension reads the Library through lib/storage too
    // (scripts/test-page/); only unit tests, on fake-indexeddb, may touch IndexedDB themselves.
    const realBrowser = [...PRODUCT_FOLDERS, 'scripts', 'bench', 'tests/support', 'tests/e2e', 'tests/firefox'].map(
      under,
    );
    const checked = files.filter((file) => realBrowser.some((test) => test(file.path)));
    expect(checked.map((file) => file.path)).toContain('scripts/test-page/hooks.ts');
    const opening = checked.filter(
      (file) => /\bindexedDB\b|\bopenDB\b/.test(file.text) && !under('lib/storage')(file.path),
    );
    expect(opening.map((file) => file.path)).toEqual([]);
  });

  it('keeps lib/search/ a leaf: it imports only lib/shared/', () => {
    expect(
      importsAcross(under('lib/search'), [(path) => !under('lib/search')(path) && !under('lib/shared')(path)]),
    ).toEqual([]);
  });

  it('keeps storage out of the components and storage free of the screens', () => {
    expect(importsAcross(under('components'), [under('lib/storage')])).toEqual([]);
    const screens = ['lib/library', 'lib/reader', 'lib/popup', 'lib/options', 'components', 'entrypoints'].map(under);
    expect(importsAcross(under('lib/storage'), screens)).toEqual([]);
  });

  it('keeps lib/shared/ free of the parts built on it, but for the types the protocol routes', () => {
    const parts = [
      'lib/storage',
      'lib/library',
      'lib/reader',
      'lib/popup',
      'lib/options',
      'lib/saving',
      'lib/capture',
    ].map(under);
    const crossing = importsAcross(under('lib/shared'), parts);
    expect(crossing.filter((line) => !line.startsWith('lib/shared/messages.ts'))).toEqual([]);
    const protocol = byPath.get('lib/shared/messages.ts')!.text;
    for (const line of protocol.split('\n').filter((l) => /^import .* from '\.\.\//.test(l)))
      expect(line).toMatch(/^import type /);
  });

  it('ships nothing from the tests, the harness or the benchmarks', () => {
    const tooling = ['tests', 'scripts', 'bench'].map(under);
    expect(importsAcross((path) => PRODUCT_FOLDERS.some((folder) => under(folder)(path)), tooling)).toEqual([]);
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

  it('keeps the database, turndown and the sanitizer out of the scripts injected into pages', () => {
    // In a page, lib/storage would open the web site's own IndexedDB, not the extension's; every
    // kilobyte of the injected script is parsed on every click; and the article is sanitized in
    // an extension page, out of the page's reach and off its main thread.
    const first = [...reachableFrom('entrypoints/extract.ts')];
    const injected = [...first, ...reachableFrom('entrypoints/extract-rest.ts')];
    expect(first).toContain('lib/extract/read-article.ts');
    expect(injected).toContain('lib/capture/finish-page.ts');
    expect(injected).not.toContain('lib/extract/finish-article.ts');
    expect(injected.filter((path) => under('lib/storage')(path) || under('lib/export')(path))).toEqual([]);
    expect(injected.filter((path) => /from ['"]turndown['"]/.test(byPath.get(path)!.text))).toEqual([]);
  });
});
