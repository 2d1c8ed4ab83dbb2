import type { Highlight, Note } from '../highlights/highlight';

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

/**
 * Highlights and a note the reader kept when deleting their article: `record` is the stored
 * record that names them (url, articleId, title, detachedAt), kept as it is.
 */
export interface BackupDetached {
  record: JsonRecord & { url: string; articleId: string };
  highlights: Highlight[];
  note: Note | null;
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
  /** The small lead-image thumbnail the Library's row shows (schema v4), when it has one. */
  thumbnail?: BackupImage | null;
  /** Written to annotations.jsonl as W3C Web Annotations (lib/highlights/web-annotation.ts). */
  highlights: Highlight[];
  note: Note | null;
}
