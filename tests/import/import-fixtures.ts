import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BlobWriter, Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js/index-native.js';
import '../../lib/shared/safe-zip'; // configures zip.js without web workers
import { dryRunItemJson } from '../../lib/import/item-json';
import type { ImportPlan } from '../../lib/import/plan-import';
import type { ImportFile } from '../../lib/import/types';

/** The folder of import fixtures (files written by hand to each service's format). */
export const IMPORT_FIXTURES = join(__dirname, '../fixtures/import');

/** A fixture file as the extension's file picker would give it. */
export function fixtureFile(name: string): ImportFile {
  return { name, blob: new Blob([readFileSync(join(IMPORT_FIXTURES, name))]) };
}

/** Bytes as an import file. */
export function bytesFile(name: string, bytes: Uint8Array | string): ImportFile {
  return { name, blob: new Blob([bytes as BlobPart]) };
}

/** Zips a fixture folder (every file under it, paths relative to it) into an import file. */
export async function zippedFixture(folder: string, name = `${folder}.zip`): Promise<ImportFile> {
  const root = join(IMPORT_FIXTURES, folder);
  const writer = new ZipWriter(new BlobWriter('application/zip'));
  for (const path of listFiles(root)) {
    await writer.add(relative(root, path), new Uint8ArrayReader(readFileSync(path)), {
      lastModDate: new Date('2025-01-01T00:00:00Z'),
    });
  }
  return { name, blob: await writer.close() };
}

function listFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

/** A plan as plain JSON, with each item's content read: what golden files hold. */
export async function planJson(plan: ImportPlan) {
  const items = [];
  for (const item of plan.items) {
    const content = item.readContent ? await item.readContent() : undefined;
    items.push({ ...dryRunItemJson(item), origins: item.origins, ...(content !== undefined ? { content } : {}) });
  }
  return { formats: plan.formats, summary: plan.summary, items, skipped: plan.skipped, failures: plan.failures };
}
