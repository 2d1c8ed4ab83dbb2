import { describe, expect, it } from 'vitest';
import { csvFormatOf } from '../../lib/import/csv-formats';
import { readCsv } from '../../lib/import/read-csv';

describe('reading CSV', () => {
  it('reads quoted values with commas, doubled quotes and line breaks, and says where each row starts', () => {
    const parsed = readCsv('a,b\r\n1,"x, ""y""\r\nz"\r\n\r\n2,3\r\n');
    expect(parsed).toEqual({
      ok: true,
      table: {
        header: ['a', 'b'],
        rows: [
          { line: 2, values: ['1', 'x, "y"\nz'] },
          { line: 5, values: ['2', '3'] },
        ],
      },
    });
  });

  it('reads the natural meaning of stray quotes inside a value', () => {
    const parsed = readCsv('a,b,c\n1,"He said "hi" to me",2\n3,5" screen,4\n');
    expect(parsed.ok && parsed.table.rows.map((row) => row.values)).toEqual([
      ['1', 'He said "hi" to me', '2'],
      ['3', '5" screen', '4'],
    ]);
  });

  it('refuses a file where a quote opens and never closes, naming its line', () => {
    expect(readCsv('a,b\n1,2\n3,"never\n4,5\n6,7\n')).toEqual({ ok: false, line: 3 });
  });
});

describe('recognizing a CSV export by its column names', () => {
  it('knows each service whatever the order and case of the columns', () => {
    expect(csvFormatOf(['url', 'title', 'tags', 'status', 'time_added', 'cursor'])).toEqual({
      ok: true,
      format: 'pocket-csv',
    });
    expect(csvFormatOf(['URL', 'Title', 'Selection', 'Folder'])).toEqual({ ok: true, format: 'instapaper-csv' });
    expect(
      csvFormatOf(['Title', 'URL', 'ID', 'Document tags', 'Saved date', 'Reading progress', 'Location', 'Seen']),
    ).toEqual({ ok: true, format: 'readwise-reader-csv' });
    expect(csvFormatOf(['Highlight', 'Book Title', 'Book Author', 'Note', 'Location'])).toEqual({
      ok: true,
      format: 'readwise-highlights-csv',
    });
    expect(csvFormatOf(['title', 'note', 'excerpt', 'url', 'folder', 'tags', 'created'])).toEqual({
      ok: true,
      format: 'raindrop-csv',
    });
    expect(csvFormatOf(['TITLE', 'URL', 'TIME_ADDED', 'STATUS'])).toEqual({ ok: true, format: 'pocket-csv' });
  });

  it('names the columns a known format lacks', () => {
    expect(csvFormatOf(['title', 'time_added', 'tags', 'status'])).toEqual({
      ok: false,
      problem: { code: 'csv-missing-columns', format: 'pocket-csv', columns: ['url'] },
    });
    expect(csvFormatOf(['URL', 'Title', 'Selection'])).toEqual({
      ok: false,
      problem: { code: 'csv-missing-columns', format: 'instapaper-csv', columns: ['Folder'] },
    });
  });

  it('lists the columns of a CSV that is no export', () => {
    expect(csvFormatOf(['name', 'email', 'phone'])).toEqual({
      ok: false,
      problem: { code: 'csv-unknown-columns', columns: ['name', 'email', 'phone'] },
    });
    expect(csvFormatOf(['title', 'url'])).toMatchObject({ ok: false, problem: { code: 'csv-unknown-columns' } });
  });
});
