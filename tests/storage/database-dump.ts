import { openDB, type IDBPDatabase } from 'idb';

/**
 * A whole IndexedDB database as JSON: its version, each store's key path, auto-increment and
 * indexes, and every record with its key. Blobs are written as `{ $blob: base64, type }`, Uint32Arrays as `{ $uint32: [...] }`. The
 * fixtures of tests/fixtures/databases/ are such dumps, made by the code that shipped each schema
 * version and kept forever, so that every later Liseuse is tested upgrading them.
 */
export interface DatabaseDump {
  name: string;
  version: number;
  stores: {
    name: string;
    keyPath: string | string[] | null;
    autoIncrement: boolean;
    indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
    records: { key: unknown; value: unknown }[];
  }[];
}

async function encode(value: unknown): Promise<unknown> {
  if (value instanceof Blob)
    return { $blob: Buffer.from(await value.arrayBuffer()).toString('base64'), type: value.type };
  // The full-text index (schema v4) stores its posting lists as Uint32Arrays.
  if (value instanceof Uint32Array) return { $uint32: Array.from(value) };
  if (Array.isArray(value)) return Promise.all(value.map(encode));
  if (value && typeof value === 'object') {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, item]) => [key, await encode(item)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

/** Turns `{ $blob }` back into Blobs and `{ $uint32 }` into Uint32Arrays. */
export function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.$blob === 'string')
      return new Blob([Buffer.from(record.$blob, 'base64')], { type: String(record.type ?? '') });
    if (Array.isArray(record.$uint32)) return Uint32Array.from(record.$uint32 as number[]);
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, decode(item)]));
  }
  return value;
}

/** Reads every store and record of an open database. */
export async function dumpDatabase(db: IDBPDatabase): Promise<DatabaseDump> {
  const stores: DatabaseDump['stores'] = [];
  for (const name of Array.from(db.objectStoreNames)) {
    const store = db.transaction(name).objectStore(name);
    const indexes = Array.from(store.indexNames).map((indexName) => {
      const index = store.index(indexName);
      return { name: indexName, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    const records: { key: unknown; value: unknown }[] = [];
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      records.push({ key: cursor.key, value: await encode(cursor.value) });
    }
    stores.push({ name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes, records });
  }
  return { name: db.name, version: db.version, stores };
}

/** Recreates a dumped database exactly (schema from the dump, not from any migration code). */
export async function restoreDatabase(dump: DatabaseDump): Promise<void> {
  const db = await openDB(dump.name, dump.version, {
    upgrade(created) {
      for (const store of dump.stores) {
        const objectStore = created.createObjectStore(store.name, {
          keyPath: store.keyPath ?? undefined,
          autoIncrement: store.autoIncrement,
        });
        for (const index of store.indexes)
          objectStore.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
      }
    },
  });
  for (const store of dump.stores) {
    const tx = db.transaction(store.name, 'readwrite');
    for (const { key, value } of store.records) {
      await (store.keyPath === null ? tx.store.put(decode(value), key as IDBValidKey) : tx.store.put(decode(value)));
    }
    await tx.done;
  }
  db.close();
}
