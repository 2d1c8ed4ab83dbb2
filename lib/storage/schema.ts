import type { DBSchema } from 'idb';
import type { Extraction } from '../extract/types';
import type { Article, ArticleBody, ImageInput, StoredImage } from '../shared/article';
import type { Failure } from '../shared/errors';
import type { SearchOp } from '../search/memory-index';
import type { Highlight, Note } from '../highlights/highlight';

// The schema of the Library database, apart from the code that opens it (lib/storage/database.ts),
// so that modules needing only the shapes do not pull in the storage code.

/**
 * A record of the `searchIndex` store (v2): the serialized MiniSearch index under the key
 * 'snapshot', and the changes since it under increasing numbers, each written in the same
 * transaction as the save or delete it mirrors (lib/library/library-search.ts replays them).
 */
export type SearchIndexRecord = SearchOp | { op: 'snapshot'; json: string };

/** Where one article's full-text postings are: its segment and its distinct folded terms. */
export interface ArticleTerms {
  articleId: string;
  segment: string;
  terms: string[];
}

/**
 * Highlights and a note the reader kept when deleting their article (v3), under the article's
 * URL: saving that page again gives the new article this id, and they are back.
 */
export interface DetachedNotes {
  url: string;
  articleId: string;
  /** The deleted article's title: what a backup or a restore can name them by meanwhile. */
  title: string;
  detachedAt: number;
}

/** Where one article's note words are in the full-text postings (v3, lib/storage/note-postings.ts). */
export interface NoteTerms {
  articleId: string;
  segment: string;
  terms: string[];
}

/** The typed schema of the Library database (version 3). */
export interface LiseuseDB extends DBSchema {
  articles: {
    key: string;
    value: Article;
    indexes: {
      'by-url': string; 'by-page-url': string; 'by-savedAt': number; 'by-site': string; 'by-tag': string;
    };
  };
  bodies: { key: string; value: ArticleBody };
  images: { key: [string, string]; value: StoredImage; indexes: { 'by-article': string } };
  searchIndex: { key: string | number; value: SearchIndexRecord };
  /** Full-text postings: [folded term, segment] → article ids (lib/storage/postings.ts). */
  textTerms: { key: [string, string]; value: string[] };
  /** Each article's segment and terms, to remove its postings on edit and delete. */
  articleTerms: { key: string; value: ArticleTerms };
  /** Highlights, by id (v3). */
  highlights: { key: string; value: Highlight; indexes: { 'by-article': string } };
  /** Article notes, one per article (v3). */
  notes: { key: string; value: Note };
  noteTerms: { key: string; value: NoteTerms };
  detachedNotes: { key: string; value: DetachedNotes };
}

/** Why a storage call failed. */
export type DbFailure = Failure<'quota' | 'save-failed' | 'newer-database' | 'not-found'>;

/** Result of `saveArticle`. `created` is false when an article with that URL was updated. */
export type SaveResult = { ok: true; article: Article; created: boolean } | DbFailure;

/** What a save needs beyond the extraction. */
export interface SaveInput {
  extraction: Extraction;
  /** Address of the tab (or link) the extraction came from. */
  pageUrl: string;
  images: ImageInput[];
  /** How many images of the article could not be downloaded. */
  missingImageCount: number;
  /** Addresses of missing images their server did not send (a 404), so the reader can say why. */
  unavailableImages?: string[];
}
