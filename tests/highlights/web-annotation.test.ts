import { describe, expect, it } from 'vitest';
import { createHighlight, createNote, makeTarget } from '../../lib/highlights/highlight';
import { annotationToRecord, highlightToAnnotation, noteToAnnotation } from '../../lib/highlights/web-annotation';

const target = makeTarget(
  { exact: 'mots soulignés', prefix: 'avant les ', suffix: ' et après' },
  { start: 10, end: 24 },
);

describe('Web Annotation form', () => {
  it('round-trips a highlight and an article note', () => {
    const highlight = {
      ...createHighlight({ articleId: 'a', target, colour: 'pink', note: 'Une *note*' }, 1_700_000_000_000),
      updatedAt: 1_700_000_100_000,
    };
    expect(annotationToRecord(highlightToAnnotation(highlight, 'https://ex.org/a'), 'a')).toEqual({
      kind: 'highlight',
      highlight,
    });
    const note = createNote('a', 'Sur tout l’article', 1_700_000_000_000);
    expect(annotationToRecord(noteToAnnotation(note, 'https://ex.org/a'), 'a')).toEqual({ kind: 'note', note });
  });

  it('reads another tool’s annotation: foreign id, one selector, no colour', () => {
    const record = annotationToRecord(
      {
        id: 'https://hypothes.is/a/abc',
        type: 'Annotation',
        created: '2024-01-02T03:04:05Z',
        body: { type: 'TextualBody', value: 'commentaire' },
        target: { source: 'https://ex.org', selector: { type: 'TextQuoteSelector', exact: 'mots' } },
      },
      'b',
      5,
    );
    expect(record.kind).toBe('highlight');
    if (record.kind !== 'highlight') return;
    expect(record.highlight.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(record.highlight).toMatchObject({
      articleId: 'b',
      colour: 'yellow',
      note: 'commentaire',
      createdAt: Date.parse('2024-01-02T03:04:05Z'),
    });
    expect(record.highlight.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'mots', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 0, end: 0 },
    ]);
  });

  it('says why an annotation cannot be used instead of failing', () => {
    expect(annotationToRecord(null, 'a')).toEqual({ kind: 'invalid', reason: 'not an object' });
    expect(annotationToRecord({ target: { selector: { type: 'TextQuoteSelector', exact: '' } } }, 'a')).toEqual({
      kind: 'invalid',
      reason: 'empty quote',
    });
    expect(annotationToRecord({ target: { selector: [] } }, 'a')).toEqual({
      kind: 'invalid',
      reason: 'no text quote to anchor',
    });
  });
});
