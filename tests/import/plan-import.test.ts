import { describe, expect, it } from 'vitest';
import { planImport } from '../../lib/import/plan-import';
import { bytesFile, fixtureFile } from './import-fixtures';

const POCKET = 'title,url,time_added,tags,status\n';

describe('the dry run', () => {
  it('counts what is already in the Library, asking with every form of the address', async () => {
    const asked: string[][] = [];
    const plan = await planImport(
      [
        bytesFile(
          'pocket.csv',
          `${POCKET}A,https://a.org/x?utm_source=s#c,1700000000,,unread\nB,https://b.org/,1700000000,,unread\n`,
        ),
      ],
      async (urls) => {
        asked.push([...urls]);
        return urls.includes('https://a.org/x?utm_source=s');
      },
    );
    expect(asked).toEqual([['https://a.org/x', 'https://a.org/x?utm_source=s'], ['https://b.org/']]);
    expect(plan.items.map((item) => item.inLibrary)).toEqual([true, false]);
    expect(plan.summary).toEqual({
      articles: 2,
      highlights: 0,
      inLibrary: 1,
      withContent: 0,
      skipped: 0,
      failedFiles: 0,
    });
  });

  it('merges the same article found in two files', async () => {
    const plan = await planImport([
      bytesFile('pocket.csv', `${POCKET}From Pocket,https://a.org/x,1700000000,pocket,archive\n`),
      bytesFile('instapaper.csv', 'URL,Title,Selection,Folder\nhttps://a.org/x#frag,From Instapaper,,Starred\n'),
    ]);
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]).toMatchObject({ title: 'From Pocket', state: 'archived', favorite: true, tags: ['pocket'] });
  });

  it('places highlights without an address only when exactly one article has their title', async () => {
    const reader =
      'Title,URL,Location\nTwin,https://a.org/1,new\nTwin,https://a.org/2,new\nÉlève,https://a.org/3,new\n';
    const highlights = 'Highlight,Book Title\nfirst,twin\nsecond,ELEVE\n';
    const plan = await planImport([bytesFile('reader.csv', reader), bytesFile('highlights.csv', highlights)]);
    expect(plan.items.map((item) => item.highlights.map((h) => h.quote))).toEqual([[], [], ['second']]);
    expect(plan.skipped).toEqual([
      { file: 'highlights.csv', line: 2, reason: 'unplaced-highlights', detail: 'twin', count: 1 },
    ]);
  });

  it('reads the fixture files of every format together', async () => {
    const plan = await planImport(
      ['instapaper.csv', 'bookmarks.html', 'wallabag.json', 'readwise-reader.csv', 'raindrop.csv'].map(fixtureFile),
    );
    expect(plan.formats).toEqual([
      'instapaper-csv',
      'netscape-bookmarks',
      'wallabag-json',
      'readwise-reader-csv',
      'raindrop-csv',
    ]);
    expect(plan.failures).toEqual([]);
  });
});
