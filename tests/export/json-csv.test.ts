// @vitest-environment jsdom
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { notesToJson, type AnnotationsJson } from '../../lib/export/annotations-json';
import { notesToReadwiseCsv, READWISE_COLUMNS } from '../../lib/export/readwise-csv';
import { annotationToRecord } from '../../lib/highlights/web-annotation';
import { fixtureArticleNotes } from './notes-fixtures';

const EXPORTED_AT = Date.UTC(2026, 10, 27, 12, 0, 0);

describe('JSON export (W3C Web Annotation)', () => {
  it('matches the golden file', async () => {
    await expect(notesToJson(fixtureArticleNotes(), EXPORTED_AT)).toMatchFileSnapshot('golden/notes.json');
  });

  it('reads back to the same highlights and notes, orphans included', () => {
    const items = fixtureArticleNotes();
    const json = JSON.parse(notesToJson(items, EXPORTED_AT)) as AnnotationsJson;
    expect(json.articles.map((article) => article.id)).toEqual(items.map((item) => item.article.id));
    for (const [index, exported] of json.articles.entries()) {
      const records = exported.annotations.map((annotation) => annotationToRecord(annotation, exported.id));
      const highlights = records.flatMap((record) => (record.kind === 'highlight' ? [record.highlight] : []));
      expect(highlights.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        [...items[index].highlights].sort((a, b) => a.id.localeCompare(b.id)),
      );
      const notes = records.flatMap((record) => (record.kind === 'note' ? [record.note] : []));
      expect(notes).toEqual(items[index].note ? [items[index].note] : []);
    }
  });

  it('keeps each annotation a Web Annotation of its own', () => {
    const json = JSON.parse(notesToJson(fixtureArticleNotes(), EXPORTED_AT)) as AnnotationsJson;
    const highlight = json.articles[0].annotations.find((annotation) => annotation.motivation === 'highlighting');
    expect(highlight).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      target: {
        source: json.articles[0].url,
        selector: [{ type: 'TextQuoteSelector' }, { type: 'TextPositionSelector' }],
      },
    });
    expect(highlight?.id).toMatch(/^urn:uuid:/);
  });
});

describe('CSV export (Readwise columns)', () => {
  it('matches the golden file', async () => {
    await expect(notesToReadwiseCsv(fixtureArticleNotes())).toMatchFileSnapshot('golden/readwise.csv');
  });

  it('has exactly Readwise’s header and one row per highlight that a CSV parser reads back', () => {
    const items = fixtureArticleNotes();
    const csv = notesToReadwiseCsv(items);
    expect(csv.split('\r\n')[0]).toBe(
      'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags',
    );
    const parsed = Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...READWISE_COLUMNS]);
    expect(parsed.data).toHaveLength(items.reduce((sum, item) => sum + item.highlights.length, 0));
    const first = parsed.data[0];
    expect(first['Book Title']).toBe(items[0].article.title);
    expect(first.Highlight).toBe('le prix est de $5 et *pas* plus, voir [la note] ou <ceci>');
    expect(first.Note).toContain('**Cher**');
    expect(parsed.data.at(-1)?.['Book Author']).toBe('');
  });
});
