import type { ZipProblem } from '../shared/safe-zip';

/** A highlight brought from another service: its quote only (anchored once the article is there). */
export interface ImportedHighlight {
  quote: string;
  /** The reader's note on it; '' when none. */
  note: string;
  /** Epoch milliseconds, or null when the export does not say. */
  createdAt: number | null;
}

/** Where an item was read from, to name it in messages and to explain merged duplicates. */
export interface ItemOrigin {
  file: string;
  /** 1-based line of the row in a CSV or HTML file, when there is one. */
  line?: number;
  /** The address exactly as the file wrote it (the Library may know it in that form). */
  url?: string;
}

/** One article found in an export, in Liseuse's terms whatever the service. */
export interface ImportItem {
  /** Absolute http(s) address without #fragment and utm_ parameters: the key duplicates share. */
  url: string;
  /** '' when the export has none (the Library then shows the address). */
  title: string;
  tags: string[];
  state: 'unread' | 'archived';
  favorite: boolean;
  /** Epoch milliseconds of the first save in the other service, or null when unknown. */
  savedAt: number | null;
  /** How far the reader got, 0..1. */
  progress: number;
  highlights: ImportedHighlight[];
  /** A free-text note on the whole article (Raindrop.io's "note"). */
  note?: string;
  excerpt?: string;
  author?: string;
  /** Epoch milliseconds. */
  publishedAt?: number;
  /**
   * Reads the article's HTML when the export carries it (Omnivore, wallabag). A function, not a
   * string: an export with content can weigh hundreds of megabytes, and each page is read from
   * the file only when that article is saved.
   */
  readContent?: () => Promise<string>;
  /** Every place this item came from (several when duplicates were merged). */
  origins: ItemOrigin[];
}

/** Why a row (or a file inside a zip) is not imported. */
export type SkipReason =
  /** A row with no value at all. */
  | 'empty-row'
  /** No address in the row. */
  | 'no-url'
  /** An address that is not http(s) or does not parse. */
  | 'bad-url'
  /** More values than columns: an unquoted comma shifted the row. */
  | 'field-count'
  /** A file inside a zip that no importer reads. */
  | 'unsupported-file'
  /** Highlights whose article has no address in the export (Readwise's highlights CSV). */
  | 'unplaced-highlights'
  /** An entry the service itself marks as deleted. */
  | 'deleted'
  /** A JSON entry that is not an object with an address. */
  | 'not-an-item';

/** One row left out of the import, shown in the dry run with its reason. */
export interface SkippedRow {
  file: string;
  line?: number;
  reason: SkipReason;
  /** What the row held that explains the reason (the bad address, the title…). */
  detail?: string;
  /** How many highlights this row stands for, when it is a group of highlights. */
  count?: number;
}

/** The export formats Liseuse reads, as detected from the files themselves. */
export type ImportFormat =
  | 'pocket-csv'
  | 'pocket-annotations'
  | 'pocket-html'
  | 'instapaper-csv'
  | 'omnivore'
  | 'readwise-reader-csv'
  | 'readwise-highlights-csv'
  | 'wallabag-json'
  | 'raindrop-csv'
  | 'netscape-bookmarks';

/** Why a whole file is refused; nothing is imported from it. */
export type FileProblem =
  | ZipProblem
  | { code: 'file-empty' }
  | { code: 'file-too-large'; bytes: number; limit: number }
  | { code: 'unknown-format'; start: string }
  | { code: 'csv-unknown-columns'; columns: string[] }
  | { code: 'csv-missing-columns'; format: ImportFormat; columns: string[] }
  | { code: 'csv-unclosed-quote'; line: number }
  | { code: 'json-invalid'; detail: string }
  | { code: 'json-unknown-shape' }
  /** Liseuse's own file, from a newer Liseuse (`supported` is null for a format this one never wrote). */
  | { code: 'newer-liseuse'; format: string; found: number; supported: number | null }
  /** Liseuse's own backup or file: restored from the backup page, not imported. */
  | { code: 'liseuse-file' }
  | { code: 'zip-no-export'; files: number }
  | { code: 'read-failed'; detail: string };

/** A refused file: which one, and why. */
export interface ImportFailure {
  file: string;
  /** The file inside a zip that is at fault, if any. */
  entry?: string;
  problem: FileProblem;
}

/** A file the reader picked: its name (for messages only, never to guess the format) and bytes. */
export interface ImportFile {
  name: string;
  blob: Blob;
}

/** Highlights an export gives without an address (Readwise's CSV), to match by title. */
export interface LooseHighlights {
  file: string;
  line: number;
  title: string;
  author?: string;
  highlights: ImportedHighlight[];
}

/** What one file (or one file inside a zip) yields. */
export interface SourceResult {
  formats: ImportFormat[];
  items: ImportItem[];
  skipped: SkippedRow[];
  looseHighlights: LooseHighlights[];
}

/** A source's result, or the reason the whole file is refused. */
export type SourceOutcome = { ok: true; result: SourceResult } | { ok: false; failure: ImportFailure };
