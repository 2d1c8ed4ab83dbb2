import type { DBSchema } from 'idb';
import type { Extraction } from '../extract/types';
import type { Article, ArticleBody, ImageInput, StoredImage } from '../shared/article';
import type { Failure } from '../shared/errors';
import type { SearchOp } from '../search/memory-index';

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

/** The typed schema of the Library database (version 2). */
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
