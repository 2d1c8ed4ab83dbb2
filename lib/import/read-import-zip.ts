import { MANIFEST_PATH } from '../backup/format';
import { IMPORT_ZIP_LIMITS, openZip, readZipFile, type ZipFile } from '../shared/safe-zip';
import { decodeText } from './decode-text';
import { liseuseFileProblem } from './liseuse-file';
import type { OmnivoreFiles } from './omnivore-metadata';
import { readImportBlob } from './read-import-file';
import type { FileProblem, ImportFile, SourceOutcome, SourceResult } from './types';

/** What archivers add on their own (macOS resource forks, Finder and Explorer metadata). */
const SYSTEM_FILES = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/i;
/** Omnivore's export: metadata lists, and per article its page and its highlights. */
const OMNIVORE_METADATA = /(^|\/)metadata_[^/]*\.json$/i;
const OMNIVORE_PART = /(^|\/)(content|highlights)\/([^/]+)\.(html|md)$/i;

/** Problems that mean "not an export" for a file inside a zip: it is listed as skipped, not fatal. */
const NOT_AN_EXPORT = new Set<FileProblem['code']>([
  'unknown-format',
  'json-unknown-shape',
  'csv-unknown-columns',
  'file-empty',
]);

/**
 * Reads an export zip (Pocket 2025, Omnivore, or any zip of export files): the central directory
 * first, then each file inside on its own, detected by content. Files no importer reads are listed
 * as skipped; a file that is an export but broken refuses the whole zip.
 */
export async function readImportZip(file: ImportFile): Promise<SourceOutcome> {
  const opened = await openZip(file.blob, IMPORT_ZIP_LIMITS);
  if (!opened.ok) return { ok: false, failure: { file: file.name, problem: opened.problem } };
  // Files at the top first (Pocket's CSV parts before annotations/): the main list gives the
  // items their order, and the files in folders add to them.
  const files = opened.zip.files.filter((entry) => !SYSTEM_FILES.test(entry.path)).sort(byDepthThenPath);
  const result: SourceResult = { formats: [], items: [], skipped: [], looseHighlights: [] };
  const read = async (entry: ZipFile) => {
    const bytes = await readZipFile(entry, IMPORT_ZIP_LIMITS);
    if (!bytes.ok) throw new EntryFailure(entry.path, bytes.problem);
    return bytes.bytes;
  };
  try {
    const manifest = files.find((entry) => entry.path === MANIFEST_PATH);
    if (manifest) {
      const problem = liseuseFileProblem(parseJson(decodeText(await read(manifest)).text));
      if (problem) return { ok: false, failure: { file: file.name, problem } };
    }
    const omnivore = files.some((entry) => OMNIVORE_METADATA.test(entry.path))
      ? await omnivoreParts(files, read, file.name)
      : null;
    for (const entry of files) {
      if (omnivore && OMNIVORE_PART.test(entry.path)) continue;
      const name = `${file.name}/${entry.path}`;
      const outcome = await readImportBlob(
        { name, blob: new Blob([await read(entry)]) },
        omnivore ? { omnivoreFiles: omnivore.filesOf } : {},
      );
      if (outcome.ok) merge(result, outcome.result);
      else if (NOT_AN_EXPORT.has(outcome.failure.problem.code))
        result.skipped.push({ file: file.name, reason: 'unsupported-file', detail: entry.path });
      else return { ok: false, failure: { ...outcome.failure, file: file.name, entry: entry.path } };
    }
    if (omnivore) result.skipped.push(...omnivore.unused());
  } catch (error) {
    if (!(error instanceof EntryFailure)) throw error;
    return { ok: false, failure: { file: file.name, entry: error.entry, problem: error.problem } };
  }
  if (result.formats.length === 0)
    return { ok: false, failure: { file: file.name, problem: { code: 'zip-no-export', files: files.length } } };
  return { ok: true, result };
}

function byDepthThenPath(a: ZipFile, b: ZipFile): number {
  const depth = (file: ZipFile) => file.path.split('/').length;
  return depth(a) - depth(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

class EntryFailure extends Error {
  constructor(
    readonly entry: string,
    readonly problem: FileProblem,
  ) {
    super(`${entry}: ${problem.code}`);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // not JSON: then not Liseuse's manifest, and the file is read like any other
  }
}

function merge(into: SourceResult, from: SourceResult): void {
  for (const format of from.formats) if (!into.formats.includes(format)) into.formats.push(format);
  into.items.push(...from.items);
  into.skipped.push(...from.skipped);
  into.looseHighlights.push(...from.looseHighlights);
}

/**
 * Indexes Omnivore's per-article files by slug. Highlights are read now (the dry run counts
 * them); pages are read only when their article is saved.
 */
async function omnivoreParts(files: ZipFile[], read: (entry: ZipFile) => Promise<Uint8Array>, zipName: string) {
  const pages = new Map<string, ZipFile>();
  const highlights = new Map<string, ZipFile>();
  for (const entry of files) {
    const match = OMNIVORE_PART.exec(entry.path);
    if (match) (match[2].toLowerCase() === 'content' ? pages : highlights).set(match[3], entry);
  }
  const markdown = new Map<string, string>();
  for (const [slug, entry] of highlights) markdown.set(slug, decodeText(await read(entry)).text);
  const used = new Set<string>();
  return {
    filesOf(slug: string): OmnivoreFiles {
      used.add(slug);
      const page = pages.get(slug);
      return {
        ...(page ? { readContent: async () => decodeText(await read(page)).text } : {}),
        ...(markdown.has(slug) ? { highlightsMarkdown: markdown.get(slug) } : {}),
      };
    },
    /** Pages and highlights that no metadata entry names: kept in the list, with no address. */
    unused() {
      return [...pages.entries(), ...highlights.entries()]
        .filter(([slug]) => !used.has(slug))
        .map(([, entry]) => ({ file: zipName, reason: 'no-url' as const, detail: entry.path }));
    },
  };
}
