import type { DBSchema } from 'idb';
import type { Extraction } from '../extract/types';
import type { SafeHtml } from '../shared/sanitize';
import type { Failure } from '../shared/errors';
import type { LibraryState } from '../shared/library-state';
import type { SearchOp } from '../search/memory-index';
import type { ArticleTerms } from './postings';

// The Library's record types and schema, apart from lib/db.ts (which alone opens the database)
// so that modules needing only the shapes do not pull in the storage code.

/** What is saved for one article; no body and no images, so lists stay cheap. */
export interface Article
  extends LibraryState,
    Pick<Extraction, 'title' | 'byline' | 'siteName' | 'lang' | 'dir' | 'publishedTime' | 'excerpt' | 'wordCount' | 'readingMinutes'> {
  /** Random UUID; stays the same when the same URL is saved again. */
  id: string;
  /** The article's address (canonical when the page declares one); unique in the Library. */
  url: string;
  /** Address of the tab it was saved from (may differ from `url`: tracking parameters, AMP…). */
  pageUrl: string;
  /** Original URL of the lead image; its Blob is in `images` under the same key when kept. */
  leadImage: string | null;
  /** Epoch milliseconds of the first save. */
  savedAt: number;
  /** Epoch milliseconds of the latest save of this URL. */
  updatedAt: number;
  /** Images stored with the article. */
  imageCount: number;
  /** Images of the article that could not be kept (shown as a placeholder with their alt text). */
  missingImageCount: number;
}

/** The body of one article, kept apart from its metadata. */
export interface ArticleBody {
  articleId: string;
  /** Sanitized HTML; each `<img>` keeps its original absolute `src`, which is its image key. */
  html: SafeHtml;
  text: string;
  markdown: string;
}

/** One image of an article, downloaded at save time so the reader works offline. */
export interface StoredImage {
  articleId: string;
  /** The image's original absolute URL, exactly as in the `<img src>` of the stored HTML. */
  key: string;
  blob: Blob;
  /** MIME type reported when downloading (Blob.type may be empty after some fetches). */
  type: string;
  /** Where the image came from (same as `key`; kept apart so keys can change in a later version). */
  sourceUrl: string;
}

/** An image ready to be stored with an article. */
export type ImageInput = Omit<StoredImage, 'articleId'>;

/** Everything stored for one article: what `deleteArticle` hands back so Undo can restore it. */
export interface ArticleSnapshot {
  article: Article;
  body: ArticleBody | null;
  images: StoredImage[];
}

/**
 * A record of the `searchIndex` store (v2): the serialized MiniSearch index under the key
 * 'snapshot', and the changes since it under increasing numbers, each written in the same
 * transaction as the save or delete it mirrors (lib/library-db.ts replays and compacts them).
 */
export type SearchIndexRecord = SearchOp | { op: 'snapshot'; json: string };

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
  /** Full-text postings: [folded term, segment] → article ids (lib/text-postings.ts). */
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
}
