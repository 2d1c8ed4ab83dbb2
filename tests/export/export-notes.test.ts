// @vitest-environment jsdom
import { TextWriter, Uint8ArrayReader, ZipReader } from '@zip.js/zip.js/lib/zip-core-native.js';
import { describe, expect, it } from 'vitest';
import { exportNotes } from '../../lib/export/export-notes';
import { fileNameFor, uniqueNames } from '../../lib/export/file-names';
import { fixtureArticleNotes } from './notes-fixtures';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);

async function zipText(data: string | Uint8Array): Promise<Map<string, string>> {
  if (typeof data === 'string') throw new Error('expected a zip');
  const reader = new ZipReader(new Uint8ArrayReader(data), { useWebWorkers: false });
  const files = new Map<string, string>();
  for (const entry of await reader.getEntries())
    if (!entry.directory) files.set(entry.filename, await entry.getData(new TextWriter()));
  await reader.close();
  return files;
}

describe('exporting a scope', () => {
  it('gives one Markdown file for one article, named after its title', async () => {
    const [tricky] = fixtureArticleNotes();
    const file = await exportNotes({ format: 'markdown', items: [tricky], now: NOW });
    expect(file.name).toBe(
      "Re Quotes , commas, hash & colons yes - a list {braces} brackets star !tag %pct @at `tick` 'single'.md",
    );
    expect(file.type).toBe('text/markdown');
    expect(file.data).toContain('^hl-00000000-0000-4000-8000-000000000001');
  });

  it('zips one Markdown file per article when there are several, with the same ids at every export', async () => {
    const first = await zipText(
      (await exportNotes({ format: 'markdown', items: fixtureArticleNotes(), now: NOW })).data,
    );
    expect([...first.keys()]).toEqual([
      "Re Quotes , commas, hash & colons yes - a list {braces} brackets star !tag %pct @at `tick` 'single'.md",
      'القراءة الهادئة ملاحظات ، فواصل.md',
      'Sans auteur ni date.md',
    ]);
    const again = await zipText(
      (await exportNotes({ format: 'markdown', items: fixtureArticleNotes(), now: NOW + 86_400_000 })).data,
    );
    expect([...again.entries()]).toEqual([...first.entries()]);
  });

  it('puts several articles in one JSON, CSV or EPUB file', async () => {
    const items = fixtureArticleNotes();
    expect((await exportNotes({ format: 'json', items, now: NOW })).name).toBe('liseuse-notes-2026-11-27.json');
    expect((await exportNotes({ format: 'csv', items, now: NOW })).name).toBe('liseuse-notes-2026-11-27.csv');
  });

  it('makes file names every system accepts, unique within an archive', () => {
    expect(fileNameFor('a/b\\c:d*e?f"g<h>i|j#k^l[m]n', 'x', 'md')).toBe('a b c d e f g h i j k l m n.md');
    expect(fileNameFor('...', 'article-1234', 'md')).toBe('article-1234.md');
    expect(fileNameFor('é'.repeat(300), 'x', 'md')).toBe(`${'é'.repeat(100)}.md`);
    expect(uniqueNames(['A.md', 'a.md', 'A.md', 'B.md'])).toEqual(['A.md', 'a (2).md', 'A (3).md', 'B.md']);
  });
});
