/** A JSON value: what stored records are made of, kept as they are in a backup. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON object. */
export type JsonRecord = { [key: string]: Json };

/** One image of an article. */
export interface BackupImage {
  /** The image's key in the article: its original absolute URL, as in the stored HTML. */
  key: string;
  /** MIME type ("image/jpeg"). */
  type: string;
  blob: Blob;
  /** Other fields of the stored image record, kept as they are. */
  fields: JsonRecord;
}

/** A highlight: a quoted range of the article's text, its colour and its note. */
export interface BackupHighlight {
  id: string;
  articleId: string;
  /** W3C TextQuoteSelector: the quote and 32–64 characters of context on each side. */
  quote: { exact: string; prefix: string; suffix: string };
  /** W3C TextPositionSelector over the reader's normalized article text, when known. */
  position: { start: number; end: number } | null;
  color: string | null;
  /** '' when the highlight has no note. */
  note: string;
  createdAt: number;
  updatedAt: number;
  /** Fields of the stored highlight that a Web Annotation has no place for, kept as they are. */
  fields: JsonRecord;
}

/** The free-text note on a whole article. */
export interface BackupNote {
  id: string;
  articleId: string;
  text: string;
  createdAt: number;
  updatedAt: number;
  fields: JsonRecord;
}

/** The stored article record: any JSON object with a stable id and an address. */
export type BackupArticleRecord = JsonRecord & { id: string; url: string };

/** Everything a backup holds about one article. */
export interface BackupArticle {
  article: BackupArticleRecord;
  /**
   * The body: its HTML is written as index.html, its other fields (text, Markdown…) go to
   * meta.json. Null for an article not downloaded yet.
   */
  body: { html: string; fields: JsonRecord } | null;
  images: BackupImage[];
  highlights: BackupHighlight[];
  note: BackupNote | null;
}
