import { createHash } from 'node:crypto';
import type { BackupArticle } from '../../lib/backup/types';
import { makeTarget, type Highlight } from '../../lib/highlights/highlight';

/** SHA-256 of bytes, computed apart from the code under test (node:crypto). */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Bytes that look like nothing compressible (an image), reproducible from `seed`. */
export function imageBytes(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let state = seed;
  for (let index = 0; index < size; index += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

const T0 = Date.UTC(2024, 4, 1, 10, 0, 0);

/** A highlight as issue 10 stores it; ids are UUIDs, as the Web Annotation form keeps them. */
function highlight(id: string, articleId: string, exact: string, extra: Partial<Highlight> = {}): Highlight {
  return {
    id,
    articleId,
    colour: 'yellow',
    note: '',
    target: makeTarget({ exact, prefix: 'before ', suffix: ' after' }, { start: 10, end: 10 + exact.length }),
    createdAt: T0 + 1000,
    updatedAt: T0 + 2000,
    ...extra,
  };
}

/** A small library with everything a backup must carry: images, highlights, notes, tags, progress. */
export function sampleLibrary(): BackupArticle[] {
  const png = imageBytes(40_000, 1);
  const jpeg = imageBytes(25_000, 2);
  const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>');
  return [
    {
      article: {
        id: '0b6c9a6e-1f0e-4c1b-9a51-7f1c2d3e4f50',
        url: 'https://example.org/élève?x=1',
        pageUrl: 'https://example.org/élève?x=1&utm_source=a',
        title: 'Les “élèves”, l’été — 日本語',
        byline: null,
        tags: ['école', 'long read'],
        archived: false,
        favorite: true,
        progress: 0.42,
        readAt: T0 + 5000,
        savedAt: T0,
        updatedAt: T0 + 3000,
        imageCount: 3,
        missingImageCount: 1,
        nested: { list: [1, 'two', null, true], empty: {} },
      },
      body: {
        html: '<p>Un <em>article</em> avec des images.</p><img src="https://cdn.example.org/a.png">',
        fields: { text: 'Un article avec des images.', markdown: 'Un *article* avec des images.' },
      },
      images: [
        {
          key: 'https://cdn.example.org/a.png',
          type: 'image/png',
          blob: new Blob([png], { type: 'image/png' }),
          fields: { sourceUrl: 'https://cdn.example.org/a.png' },
        },
        {
          key: 'https://cdn.example.org/b.jpg?w=800',
          type: 'image/jpeg',
          blob: new Blob([jpeg], { type: 'image/jpeg' }),
          fields: {},
        },
        {
          key: 'https://cdn.example.org/c.svg',
          type: 'image/svg+xml',
          blob: new Blob([svg], { type: 'image/svg+xml' }),
          fields: {},
        },
      ],
      highlights: [
        highlight('11111111-1111-4111-8111-111111111111', '0b6c9a6e-1f0e-4c1b-9a51-7f1c2d3e4f50', 'Un article', {
          note: 'Une note\navec **deux** lignes',
        }),
        highlight('22222222-2222-4222-8222-222222222222', '0b6c9a6e-1f0e-4c1b-9a51-7f1c2d3e4f50', 'des images', {
          colour: 'blue',
          target: makeTarget({ exact: 'des images', prefix: '', suffix: '' }, { start: 0, end: 0 }),
        }),
      ],
      note: {
        id: '33333333-3333-4333-8333-333333333333',
        articleId: '0b6c9a6e-1f0e-4c1b-9a51-7f1c2d3e4f50',
        text: 'A note on the whole article.',
        createdAt: T0,
        updatedAt: T0 + 10,
      },
    },
    {
      article: {
        id: 'not-downloaded',
        url: 'https://example.com/later',
        title: '',
        tags: [],
        archived: true,
        favorite: false,
        progress: 0,
        savedAt: T0 - 86_400_000,
        updatedAt: T0 - 86_400_000,
      },
      body: null,
      images: [],
      highlights: [highlight('44444444-4444-4444-8444-444444444444', 'not-downloaded', 'imported quote')],
      note: null,
    },
    {
      article: {
        id: 'odd/id with ../ and spaces',
        url: 'https://example.net/odd',
        title: 'Odd id',
        tags: [],
        savedAt: T0,
        updatedAt: T0,
      },
      body: { html: '', fields: {} },
      images: [],
      highlights: [],
      note: null,
    },
  ];
}

/** A WritableStream that keeps what it receives, and the Blob it makes once closed. */
export function memorySink() {
  const chunks: Uint8Array[] = [];
  let aborted: unknown = null;
  let closed = false;
  const writable = new WritableStream<Uint8Array>({
    write(chunk) {
      chunks.push(chunk.slice());
    },
    close() {
      closed = true;
    },
    abort(reason) {
      aborted = reason ?? 'aborted';
    },
  });
  return {
    writable,
    blob: () => new Blob(chunks as BlobPart[], { type: 'application/zip' }),
    state: () => ({ closed, aborted }),
  };
}

/** Yields the articles of `library` as a storage cursor would. */
export async function* asStream<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}
