/** The value of `format` in a backup's manifest.json. */
export const BACKUP_FORMAT = 'liseuse-backup';

/**
 * The backup format this Liseuse writes and the newest it reads. Raise it when a change would
 * make an older Liseuse misread a backup (a new required file, a changed meaning); adding an
 * optional field that older readers may ignore does not need it.
 */
export const BACKUP_FORMAT_VERSION = 1;

/** Files at the root of a backup. */
export const MANIFEST_PATH = 'manifest.json';
export const ANNOTATIONS_PATH = 'annotations.jsonl';
export const SETTINGS_PATH = 'settings.json';
/** Highlights and notes kept from deleted articles: the records that name them (their annotations are in annotations.jsonl). */
export const DETACHED_PATH = 'detached-notes.json';
/** Folder that holds one folder per article, named by the article's id. */
export const ARTICLES_FOLDER = 'articles/';

/** Size and SHA-256 of a file in the backup, to check it byte for byte. */
export interface FileDigest {
  size: number;
  /** Lowercase hexadecimal SHA-256. */
  sha256: string;
}

/** What `manifest.json` says about a backup. */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** ISO 8601 date of the backup. */
  createdAt: string;
  /** "Liseuse 0.1.0": which program wrote it, for bug reports. */
  generator: string;
  counts: BackupCounts;
  /** Digests of the files at the root (annotations, settings); article files are in each meta.json. */
  files: Record<string, FileDigest>;
}

/** How many of each record a backup holds. */
export interface BackupCounts {
  articles: number;
  images: number;
  highlights: number;
  notes: number;
}

/** The Liseuse format and version a JSON document declares, or null when it is not Liseuse's. */
export function liseuseFormatOf(json: unknown): { format: string; version: number } | null {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (typeof format !== 'string' || !format.startsWith('liseuse')) return null;
  return { format, version: typeof version === 'number' && Number.isInteger(version) ? version : Number.NaN };
}
