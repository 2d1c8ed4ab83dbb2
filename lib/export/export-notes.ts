import { notesToJson } from './annotations-json';
import { isoDay, type ArticleNotes } from './article-notes';
import type { EpubArticle } from './epub-chapter';
import { fileNameFor, uniqueNames } from './file-names';
import { notesToMarkdown } from './markdown-notes';
import { notesToEpub, type EpubOptions } from './notes-to-epub';
import { notesToReadwiseCsv } from './readwise-csv';
import { zipEntries } from './zip';

export { NOTES_FORMATS, type NotesFormat } from './notes-formats';

/** A file to hand to the browser's download. */
export interface ExportFile {
  name: string;
  /** MIME type. */
  type: string;
  data: string | Uint8Array;
}

/** What to export: the format and the articles (EPUB also needs their bodies and images). */
export type ExportRequest =
  | { format: 'markdown'; items: readonly ArticleNotes[]; template?: string; now: number }
  | { format: 'json' | 'csv'; items: readonly ArticleNotes[]; now: number }
  | { format: 'epub'; items: readonly EpubArticle[]; epub: EpubOptions; now: number };

const fallbackName = (notes: ArticleNotes) => `article-${notes.article.id.slice(0, 8)}`;

/** The name of a file holding several articles: "liseuse-notes-2026-11-26.json". */
const collectionName = (now: number, extension: string) => `liseuse-notes-${isoDay(now)}.${extension}`;

/**
 * Exports notes: one file for one article; for several, one file holding them all (JSON, CSV,
 * EPUB) or a .zip of one Markdown file per article. File names come from titles, so a
 * re-export overwrites the same files.
 */
export async function exportNotes(request: ExportRequest): Promise<ExportFile> {
  const { items, now } = request;
  const single = items.length === 1 ? items[0] : null;
  const nameFor = (extension: string) =>
    single ? fileNameFor(single.article.title, fallbackName(single), extension) : collectionName(now, extension);
  switch (request.format) {
    case 'markdown': {
      const files = items.map((notes) => ({
        name: fileNameFor(notes.article.title, fallbackName(notes), 'md'),
        data: notesToMarkdown(notes, request.template),
      }));
      if (single) return { name: files[0].name, type: 'text/markdown', data: files[0].data };
      const names = uniqueNames(files.map((file) => file.name));
      const zip = await zipEntries(
        files.map((file, index) => ({ name: names[index], data: file.data })),
        new Date(now),
      );
      return { name: collectionName(now, 'zip'), type: 'application/zip', data: zip };
    }
    case 'json':
      return { name: nameFor('json'), type: 'application/json', data: notesToJson(items, now) };
    case 'csv':
      return { name: nameFor('csv'), type: 'text/csv', data: notesToReadwiseCsv(items) };
    case 'epub':
      return {
        name: nameFor('epub'),
        type: 'application/epub+zip',
        data: await notesToEpub(request.items, request.epub),
      };
  }
}
