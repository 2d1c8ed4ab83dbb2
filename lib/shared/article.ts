import type { Extraction } from '../extract/types';
import type { SafeHtml } from './sanitize';
import type { LibraryState } from './library-state';
import type { Highlight, Note } from '../highlights/highlight';

// The records of the Library, shared by every part that shows or moves articles. Only
// lib/storage/ reads and writes them; the rest of the extension passes them around.

/** What is saved for one article; no body and no images, so lists stay cheap. */
export interface Article
  extends
    LibraryState,
    Pick<
      Extraction,
      'title' | 'byline' | 'siteName' | 'lang' | 'dir' | 'publishedTime' | 'excerpt' | 'wordCount' | 'readingMinutes'
    > {
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
  /**
   * Imported from another service without its page: the Library lists it, and opening it (or
   * "Download all") fetches and cleans the page. Absent once the article has a body.
   */
  notDownloaded?: true;
  /** Of those, the addresses their server did not send (a 404): the reader says so. Absent before v0.2. */
  unavailableImages?: string[];
}

/** The body of one article, kept apart from its metadata. */
export interface ArticleBody {
  articleId: string;
  /** Sanitized HTML; each `<img>` keeps its original absolute `src`, which is its image key. */
  html: SafeHtml;
  text: string;
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

/** A small lead-image thumbnail, made when the article is saved, for the Library's rows (schema v4). */
export interface Thumbnail {
  /** Key of the thumbnail (the article's id), as in the list record's `thumbnail`. */
  key: string;
  blob: Blob;
  type: string;
  width: number;
  height: number;
}

/** Everything stored for one article: what `deleteArticle` hands back so Undo can restore it. */
export interface ArticleSnapshot {
  article: Article;
  body: ArticleBody | null;
  images: StoredImage[];
  /** Its lead-image thumbnail, when it has one (absent in snapshots made before schema v4). */
  thumbnail?: Thumbnail | null;
  /** Its highlights and note, deleted with it (schema v3); absent when the reader kept them aside. */
  notes?: { highlights: Highlight[]; note: Note | null };
}

/** What becomes of an article's highlights and note when it is deleted: deleted too, or kept aside. */
export type NotesOnDelete = 'delete' | 'keep';
