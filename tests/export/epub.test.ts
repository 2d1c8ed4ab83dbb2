// @vitest-environment jsdom
import { TextWriter, Uint8ArrayReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js/lib/zip-core-native.js';
import { describe, expect, it } from 'vitest';
import { notesToEpub, type EpubOptions } from '../../lib/export/notes-to-epub';
import { fixtureNotes } from './notes-fixtures';

const OPTIONS: Omit<EpubOptions, 'win'> = {
  labels: {
    contents: 'Contents',
    notes: 'Notes',
    articleNote: 'Note on this article',
    notFound: 'No longer in the text',
    backToText: 'Back to the text',
    source: 'Original page',
  },
  title: 'Liseuse: three articles',
  language: 'en',
  identifier: 'urn:uuid:4fa0ae42-5061-4293-8edf-4a5b6c7d8e9f',
  modified: new Date(Date.UTC(2026, 10, 27, 12, 0, 0)),
};

async function unzip(bytes: Uint8Array): Promise<Map<string, string | Uint8Array>> {
  const reader = new ZipReader(new Uint8ArrayReader(bytes), { useWebWorkers: false });
  const files = new Map<string, string | Uint8Array>();
  for (const entry of await reader.getEntries()) {
    if (entry.directory) continue;
    files.set(
      entry.filename,
      /\.(png|jpg|gif|webp)$/.test(entry.filename)
        ? await entry.getData(new Uint8ArrayWriter())
        : await entry.getData(new TextWriter()),
    );
  }
  await reader.close();
  return files;
}

function parseXml(text: string, type: DOMParserSupportedType = 'application/xml'): Document {
  const doc = new DOMParser().parseFromString(text, type);
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('EPUB export', () => {
  it('starts with an uncompressed `mimetype` without extra field, as OCF requires', async () => {
    const bytes = await notesToEpub(fixtureNotes(), { ...OPTIONS, win: window });
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50); // local file header
    expect(view.getUint16(8, true)).toBe(0); // compression: stored
    expect(view.getUint16(26, true)).toBe(8); // name length
    expect(view.getUint16(28, true)).toBe(0); // no extra field
    expect(new TextDecoder().decode(bytes.subarray(30, 38))).toBe('mimetype');
    expect(new TextDecoder().decode(bytes.subarray(38, 58))).toBe('application/epub+zip');
  });

  it('has a container, a package with manifest and spine, a nav and well-formed XHTML chapters', async () => {
    const files = await unzip(await notesToEpub(fixtureNotes(), { ...OPTIONS, win: window }));
    const container = parseXml(files.get('META-INF/container.xml') as string);
    const opfPath = container.querySelector('rootfile')?.getAttribute('full-path');
    expect(opfPath).toBe('OEBPS/content.opf');
    const opf = parseXml(files.get('OEBPS/content.opf') as string);
    expect(opf.documentElement.getAttribute('version')).toBe('3.0');
    expect(opf.getElementsByTagName('dc:identifier')[0].textContent).toBe(OPTIONS.identifier);
    expect(opf.getElementsByTagName('meta')[0].textContent).toBe('2026-11-27T12:00:00Z');
    const items = [...opf.getElementsByTagName('item')];
    // Every file of the book is in the manifest, and every manifest entry is in the book.
    const inManifest = items.map((item) => `OEBPS/${item.getAttribute('href')}`).sort();
    const inZip = [...files.keys()].filter((name) => name.startsWith('OEBPS/') && name !== 'OEBPS/content.opf').sort();
    expect(inManifest).toEqual(inZip);
    expect(items.filter((item) => item.getAttribute('properties') === 'nav')).toHaveLength(1);
    const spine = [...opf.getElementsByTagName('itemref')].map((ref) => ref.getAttribute('idref'));
    expect(spine).toEqual(['chapter-1', 'chapter-2', 'chapter-3']);
    const nav = parseXml(files.get('OEBPS/nav.xhtml') as string, 'application/xhtml+xml');
    expect([...nav.querySelectorAll('nav li a')].map((a) => a.getAttribute('href'))).toEqual([
      'chapter-1.xhtml',
      'chapter-2.xhtml',
      'chapter-3.xhtml',
    ]);
    for (const name of ['chapter-1.xhtml', 'chapter-2.xhtml', 'chapter-3.xhtml'])
      parseXml(files.get(`OEBPS/${name}`) as string, 'application/xhtml+xml');
  });

  it('marks highlights, gives notes as endnotes, lists orphans and includes images', async () => {
    const files = await unzip(await notesToEpub(fixtureNotes(), { ...OPTIONS, win: window }));
    const chapter = parseXml(files.get('OEBPS/chapter-1.xhtml') as string, 'application/xhtml+xml');
    const marks = [...chapter.querySelectorAll('mark')];
    expect(marks.map((mark) => mark.textContent).join('|')).toContain('prix');
    expect(marks.some((mark) => mark.getAttribute('class') === 'highlight pink')).toBe(true);
    const refs = [...chapter.querySelectorAll('a[role="doc-noteref"]')];
    expect(refs).toHaveLength(2);
    for (const ref of refs)
      expect(chapter.getElementById((ref.getAttribute('href') ?? '').slice(1))?.getAttribute('role')).toBe(
        'doc-endnote',
      );
    expect(chapter.querySelector('section.orphans')?.textContent).toContain('Un passage qui sera réécrit plus tard');
    const img = chapter.querySelector('img');
    expect(img?.getAttribute('src')).toBe('images/1-1.png');
    expect(files.get('OEBPS/images/1-1.png')).toBeInstanceOf(Uint8Array);
    expect(chapter.documentElement.getAttribute('lang')).toBe('fr');
    const rtl = parseXml(files.get('OEBPS/chapter-2.xhtml') as string, 'application/xhtml+xml');
    expect(rtl.documentElement.getAttribute('dir')).toBe('rtl');
  });

  it('matches the golden package, navigation and chapters', async () => {
    const files = await unzip(await notesToEpub(fixtureNotes(), { ...OPTIONS, win: window }));
    await expect(files.get('OEBPS/content.opf')).toMatchFileSnapshot('golden/epub/content.opf');
    await expect(files.get('OEBPS/nav.xhtml')).toMatchFileSnapshot('golden/epub/nav.xhtml');
    for (const name of ['chapter-1.xhtml', 'chapter-2.xhtml', 'chapter-3.xhtml'])
      await expect(files.get(`OEBPS/${name}`)).toMatchFileSnapshot(`golden/epub/${name}`);
  });

  it('makes a book of one article with that article’s title, id and direction', async () => {
    const [, rtl] = fixtureNotes();
    const files = await unzip(await notesToEpub([rtl], { ...OPTIONS, win: window }));
    const opf = parseXml(files.get('OEBPS/content.opf') as string);
    expect(opf.getElementsByTagName('dc:title')[0].textContent).toBe(rtl.article.title);
    expect(opf.getElementsByTagName('dc:identifier')[0].textContent).toBe(`urn:uuid:${rtl.article.id}`);
    expect(opf.getElementsByTagName('spine')[0].getAttribute('page-progression-direction')).toBe('rtl');
  });
});
