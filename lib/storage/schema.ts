import type { DBSchema } from 'idb';
import type { Extraction } from '../extract/types';
import type { Article, ArticleBody, ImageInput, StoredImage, Thumbnail } from '../shared/article';
import type { LibraryItem } from '../shared/library-item';
import type { PackedPostings } from '../search/text-blocks';
import type { Failure } from '../shared/errors';
import type { SearchOp } from '../search/memory-index';
import type { Highlight, Note } from '../highlights/highlight';

// The schema of the Library database, apart from the code that opens it (lib/storage/database.ts),
// so that modules needing only the shapes do not pull in the storage code.

/**
 * A record of the `searchIndex` store (v2 and v3 only; v4 deletes the store): the serialized MiniSearch index under the key
 * 'snapshot', and the changes since it under increasing numbers, each written in the same
 * transaction as the save or delete it mirrors (lib/library/library-search.ts replays them).
 */
export type SearchIndexRecord = SearchOp | { op: 'snapshot'; json: string };

/** Where one article's full-text postings are: its segment and its distinct folded terms (v2 and v3 only). */
export interface ArticleTerms {
  articleId: string;
  segment: string;
  terms: string[];
}

/**
 * One block of the full-text index (v4, store `textPostings`): the posting lists of one segment
 * for the words that begin with `bucket` (their first two letters), packed (lib/search/text-blocks.ts).
 */
export interface TextBlock extends PackedPostings {
  bucket: string;
  segment: number;
}

/** A segment of the full-text index: the postings written together (a save, an import, a build batch, a merge). */
export interface TextSegment {
  segment: number;
  /** Articles posted in it (some may have been deleted or re-saved since). */
  docs: number;
  createdAt: number;
}

/** The full-text index's counters: the next article number and the next segment number. */
export interface TextCounters {
  key: 'counters';
  nextDoc: number;
  nextSegment: number;
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

/** Where one article's note words were in the v3 full-text postings (v3 only; v4 deletes the store). */
export interface NoteTerms {
  articleId: string;
  segment: string;
  terms: string[];
}

/** The typed schema of the Library database (version 4). */
export interface LiseuseDB extends DBSchema {
  articles: {
    key: string;
    value: Article;
    indexes: {
      'by-url': string;
      'by-page-url': string;
      'by-savedAt': number;
      'by-site': string;
      'by-tag': string;
    };
  };
  bodies: { key: string; value: ArticleBody };
  images: { key: [string, string]; value: StoredImage; indexes: { 'by-article': string } };
  /** v2–v3 only: the serialized MiniSearch index and its journal (v4 deletes it). */
  searchIndex: { key: string | number; value: SearchIndexRecord };
  /** v2–v3 only: [folded term, segment] → article ids (lib/storage/postings.ts; v4 deletes it). */
  textTerms: { key: [string, string]; value: string[] };
  /** v2–v3 only: each article's segment and terms (v4 deletes it). */
  articleTerms: { key: string; value: ArticleTerms };
  /** Highlights, by id (v3). */
  highlights: { key: string; value: Highlight; indexes: { 'by-article': string } };
  /** Article notes, one per article (v3). */
  notes: { key: string; value: Note };
  /** v3 only: where each article's note words were in `textTerms` (v4 deletes it). */
  noteTerms: { key: string; value: NoteTerms };
  detachedNotes: { key: string; value: DetachedNotes };
  /** v4: one small list record per article, what the Library shows (lib/shared/library-item.ts). */
  libraryItems: { key: string; value: LibraryItem; indexes: { 'by-shelf': [string, number] } };
  /** v4: lead-image thumbnails by key. */
  thumbnails: { key: string; value: Thumbnail };
  /** v4: the full-text index, [first two letters, segment] → posting lists (lib/storage/text-index.ts). */
  textPostings: { key: [string, number]; value: TextBlock; indexes: { 'by-segment': number } };
  /** v4: the segments of the full-text index, by number. */
  textSegments: { key: number; value: TextSegment };
  /** v4: articles whose text is not in the full-text index yet (after the upgrade, or a rebuild asked for). */
  textPending: { key: string; value: TextPending };
  /** v4: the full-text index's counters, under the key 'counters'. */
  textIndexState: { key: string; value: TextCounters };
}

/** An article waiting to be indexed (lib/storage/text-build.ts). */
export interface TextPending {
  articleId: string;
  /**
   * How many times its highlights or note changed while it waited (absent: none). A build step
   * that read them before a change leaves the article pending for the next pass, which reads them again.
   */
  notesEdits?: number;
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
  /**
   * Id of the article this save completes (one imported "not downloaded yet"): it takes the
   * page, keeping its id, first save, tags and state, even when the page's canonical address
   * differs from the imported one (then merged into any article already at that address).
   */
  replaces?: string;
  /** Addresses of missing images their server did not send (a 404), so the reader can say why. */
  unavailableImages?: string[];
  /** A small thumbnail of the lead image (lib/saving/thumbnail.ts), when one could be made. */
  thumbnail?: ThumbnailInput | null;
}

/** A thumbnail ready to be stored with an article (its key is the article's id). */
export type ThumbnailInput = Omit<Thumbnail, 'key'>;
