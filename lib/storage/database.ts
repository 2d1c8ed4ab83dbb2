import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { createV1 } from './migrations/v1';
import { upgradeToV2 } from './migrations/v2';
import { upgradeToV3 } from './migrations/v3';
import { upgradeToV4 } from './migrations/v4';
import type { LiseuseDB } from './schema';

/**
 * The connection to the Library in IndexedDB. lib/storage/ is the ONLY part that opens IndexedDB,
 * and only extension pages, the background and the offscreen document import it (in a content
 * script it would open the web page's database instead).
 */

/** Name of the IndexedDB database. */
export const DB_NAME = 'liseuse';
/** Current schema version; bump it and add an `if (oldVersion < N)` step to change the schema. */
export const DB_VERSION = 4;

/**
 * Schema migrations, one file each in migrations/. Steps are never edited once shipped: a later
 * version only appends a new `if (oldVersion < N)` step. Exported so tests can run it.
 */
export function upgrade(
  db: IDBPDatabase<LiseuseDB>,
  oldVersion: number,
  tx: IDBPTransaction<LiseuseDB, StoreNames<LiseuseDB>[], 'versionchange'>,
): void {
  if (oldVersion < 1) createV1(db);
  // A step that rewrites records finishes them before the next one starts (v4 deletes stores v2
  // fills): the upgrade transaction stays active across the chain, as each link resumes on a
  // request's success. A step that failed has aborted the transaction: the rest is skipped.
  const v2 = oldVersion < 2 ? upgradeToV2(db, tx) : null;
  const later = () => {
    if (oldVersion < 3) upgradeToV3(db);
    if (oldVersion < 4) void upgradeToV4(db, tx);
  };
  if (!v2) later();
  else void v2.then(later).catch((error: unknown) => console.debug('Liseuse: upgrade stopped', error));
}

let dbPromise: Promise<IDBPDatabase<LiseuseDB>> | null = null;

/** The one connection to the Library, opened on first use. */
export function openLibrary(): Promise<IDBPDatabase<LiseuseDB>> {
  dbPromise ??= openDB<LiseuseDB>(DB_NAME, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, tx),
    // A newer Liseuse (updated in another context) wants to upgrade: step aside, reopen later.
    blocking: () => closeDb(),
    terminated: () => {
      dbPromise = null;
    },
  }).catch((error: unknown) => {
    dbPromise = null;
    throw error;
  });
  return dbPromise;
}

/** Closes the connection (tests, upgrades); the next call reopens it. */
export function closeDb(): void {
  const pending = dbPromise;
  dbPromise = null;
  pending?.then((db) => db.close()).catch((error: unknown) => console.warn('Liseuse: close failed', error));
}

let persistRequested = false;

/** Asks once per context that the Library not be evicted under storage pressure. */
export async function requestPersistence(): Promise<void> {
  if (persistRequested || !globalThis.navigator?.storage?.persist) return;
  persistRequested = true;
  if (await navigator.storage.persisted()) return;
  const granted = await navigator.storage.persist();
  if (!granted) console.info('Liseuse: persistent storage not granted; unlimitedStorage still applies');
}

/** Bytes used and available for this extension's storage, and whether it is persistent. */
export async function storageUsage(): Promise<{ usage: number; quota: number; persisted: boolean }> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate) return { usage: 0, quota: 0, persisted: false };
  const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([storage.estimate(), storage.persisted()]);
  return { usage, quota, persisted };
}
