import { storage } from 'wxt/utils/storage';
import { DEFAULT_READER_SETTINGS, type ReaderSettings } from '../shared/reader-settings';

// Settings live in extension storage (browser.storage), not in the Library's IndexedDB: they are
// small, read at start-up by every page, and versioned by WXT's defineItem migrations.

/**
 * The reader's settings in extension storage. Version 1; a new shape bumps `version` and adds a
 * step `{ 2: (v1) => v2 }` to `migrations`. An empty `migrations` still matters: WXT records the
 * version with the first save only when migrations are declared.
 */
export const readerSettings = storage.defineItem<ReaderSettings>('local:readerSettings', {
  fallback: DEFAULT_READER_SETTINGS,
  version: 1,
  migrations: {},
});

/** Whether opening the popup on an article saves it at once (on by default: one click). */
export const autoSave = storage.defineItem<boolean>('local:autoSave', { fallback: true, version: 1 });

/** Whether an article is archived once the reader reaches its end in the reader (off by default). */
export const archiveWhenFinished = storage.defineItem<boolean>('local:archiveWhenFinished', {
  fallback: false,
  version: 1,
});

/**
 * The reader's own Markdown template for notes exports (lib/export/markdown-template.ts), or null
 * for the default: a reader who never edited it gets the default's improvements with updates.
 */
export const markdownTemplate = storage.defineItem<string | null>('local:markdownTemplate', {
  fallback: null,
  version: 1,
  migrations: {},
});

/** A restore that started and did not finish (the tab closed, the browser crashed). */
export interface PendingRestore {
  /** The backup file's name and size, to recognize it when picked again. */
  name: string;
  size: number;
  /** Articles the backup holds. */
  articles: number;
  startedAt: number;
}

/** Set while a restore runs, cleared when it ends: the options page offers to finish it. */
export const pendingRestore = storage.defineItem<PendingRestore | null>('local:pendingRestore', {
  fallback: null,
  version: 1,
});
