import type { ZipReader } from '@zip.js/zip.js/index-native.js';
import {
  eachZipFile,
  readZipFileOrThrow,
  zipFileChunks,
  zipReaderOf,
  ZipProblemError,
  type ZipFile,
  type ZipLimits,
  type ZipProblem,
} from '../shared/safe-zip';
import { checkArticleMeta, type ArticleMeta } from './article-meta';
import { digestOf, sameDigest, streamingDigest } from './digest';
import {
  ANNOTATIONS_PATH,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  DETACHED_PATH,
  MANIFEST_PATH,
  SETTINGS_PATH,
  type BackupManifest,
} from './format';
import { splitArticlePath } from './paths';
import type { BackupArticle, BackupDetached, JsonRecord } from './types';

const MIB = 1024 * 1024;

/**
 * Limits for reading a backup. Entries are read one at a time; the largest is an image or a long
 * article (512 MiB is far past either). A library can be large (256 GiB of images in all), but its
 * text never deflates past 100 times, so the ratio still unmasks a bomb.
 */
export const BACKUP_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxEntryBytes: 512 * MIB,
  maxRatio: 100,
  ratioFloorBytes: MIB,
  maxTotalBytes: 256 * 1024 * MIB,
  maxEntries: 50_000_000,
  // zip.js would remember every entry read to find overlaps; the declared totals stop such bombs.
  checkOverlapping: false,
});

/** Why a backup cannot be opened, or an entry of it cannot be trusted. */
export type BackupProblem =
  | ZipProblem
  | { code: 'not-a-backup' }
  | { code: 'newer-backup'; found: number; supported: number }
  | { code: 'bad-manifest'; detail: string }
  | { code: 'damaged-entry'; entry: string; detail: string };

/** Thrown while reading an opened backup when part of it cannot be trusted. */
export class BackupProblemError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(problem.code);
  }
}

/** One line of annotations.jsonl: a Web Annotation and the article address it targets. */
export interface BackupAnnotation {
  /** The article's URL (the annotation's target source). */
  source: string;
  annotation: Record<string, unknown>;
}

/** An article read back: its record, body and images (its highlights and note are in `annotations()`). */
export type RestoredArticle = Omit<BackupArticle, 'highlights' | 'note'>;

/** One article folder of the backup: the article, one the caller chose to skip, or why it cannot be restored. */
export type ArticleEntry =
  | { kind: 'read'; article: RestoredArticle; folder: string; entries: number; unlisted: string[] }
  | { kind: 'skipped'; folder: string; articleId: string; url: string }
  /** `url` when meta.json could be read. */
  | { kind: 'failed'; folder: string; problem: BackupProblem; url?: string };

/**
 * Decides from an article's meta.json alone whether to skip it (already restored), so that its
 * body and images are not even read.
 */
export type SkipArticle = (meta: ArticleMeta) => boolean | Promise<boolean>;

/** A backup whose manifest has been read and checked; its content is read lazily. */
export interface OpenedBackup {
  manifest: BackupManifest;
  settings: JsonRecord | null;
  /** Records of highlights and notes kept from deleted articles (detached-notes.json); their annotations are in annotations.jsonl. */
  detached: BackupDetached['record'][];
  /** Entries at the root that this version of Liseuse does not know. */
  unknownRootFiles: string[];
  /** Yields the articles one at a time, in the order they were written, each entry checked. */
  articles(signal?: AbortSignal, skip?: SkipArticle): AsyncGenerator<ArticleEntry>;
  /**
   * Yields the Web Annotations of annotations.jsonl (highlights and notes), read as a stream, each
   * with the address of the article it belongs to: grouped by article, in the articles' order.
   */
  annotations(signal?: AbortSignal): AsyncGenerator<BackupAnnotation>;
}

/**
 * Opens a backup: reads the central directory (nothing else) to find manifest.json, then
 * checks the format and version. A backup from a newer Liseuse is refused, naming both versions.
 */
export async function openBackup(
  blob: Blob,
): Promise<{ ok: true; backup: OpenedBackup } | { ok: false; problem: BackupProblem }> {
  const reader = zipReaderOf(blob);
  const root = new Map<string, ZipFile>();
  const unknownRootFiles: string[] = [];
  try {
    for await (const file of eachZipFile(reader, BACKUP_ZIP_LIMITS)) {
      if (file.path.includes('/')) continue;
      if ([MANIFEST_PATH, ANNOTATIONS_PATH, SETTINGS_PATH, DETACHED_PATH].includes(file.path))
        root.set(file.path, file);
      else unknownRootFiles.push(file.path);
    }
    const manifestFile = root.get(MANIFEST_PATH);
    if (!manifestFile) return { ok: false, problem: { code: 'not-a-backup' } };
    const manifest = parseManifest(await readJson(manifestFile));
    if (!manifest.ok) return { ok: false, problem: manifest.problem };
    for (const path of Object.keys(manifest.manifest.files)) {
      if (!root.has(path))
        return {
          ok: false,
          problem: { code: 'damaged-entry', entry: path, detail: 'listed in the manifest but missing' },
        };
    }
    const settingsFile = root.get(SETTINGS_PATH);
    const settings = settingsFile ? await readJson(settingsFile, manifest.manifest.files[SETTINGS_PATH]) : null;
    const detachedFile = root.get(DETACHED_PATH);
    const detached = detachedFile
      ? detachedRecords(await readJson(detachedFile, manifest.manifest.files[DETACHED_PATH]))
      : [];
    const backup: OpenedBackup = {
      manifest: manifest.manifest,
      settings: isRecord(settings) ? settings : null,
      detached,
      unknownRootFiles,
      articles: (signal, skip) => readArticles(reader, signal, skip),
      annotations: (signal) =>
        readAnnotations(root.get(ANNOTATIONS_PATH), manifest.manifest.files[ANNOTATIONS_PATH], signal),
    };
    return { ok: true, backup };
  } catch (error) {
    if (error instanceof ZipProblemError || error instanceof BackupProblemError)
      return { ok: false, problem: error.problem };
    throw error;
  }
}

function parseManifest(json: unknown): { ok: true; manifest: BackupManifest } | { ok: false; problem: BackupProblem } {
  if (!isRecord(json) || json.format !== BACKUP_FORMAT) return { ok: false, problem: { code: 'not-a-backup' } };
  const { version, counts, files, createdAt } = json;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: { code: 'bad-manifest', detail: `version ${JSON.stringify(version)}` } };
  }
  if (version > BACKUP_FORMAT_VERSION)
    return { ok: false, problem: { code: 'newer-backup', found: version, supported: BACKUP_FORMAT_VERSION } };
  if (!isRecord(counts) || !isRecord(files) || typeof createdAt !== 'string') {
    return { ok: false, problem: { code: 'bad-manifest', detail: 'counts, files or createdAt missing' } };
  }
  return { ok: true, manifest: json as unknown as BackupManifest };
}

async function readJson(file: ZipFile, expected?: { size: number; sha256: string }): Promise<unknown> {
  const bytes = await readZipFileOrThrow(file, BACKUP_ZIP_LIMITS);
  if (expected && !sameDigest(digestOf(bytes), expected)) throw damaged(file.path, 'SHA-256 differs from the manifest');
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw damaged(file.path, error instanceof Error ? error.message : String(error));
  }
}

/** Groups the entries of each article folder (the writer keeps them together) and reads them. */
async function* readArticles(
  reader: ZipReader<unknown>,
  signal?: AbortSignal,
  skip?: SkipArticle,
): AsyncGenerator<ArticleEntry> {
  let group: { folder: string; files: Map<string, ZipFile> } | null = null;
  const done = new Set<string>();
  for await (const file of eachZipFile(reader, BACKUP_ZIP_LIMITS)) {
    signal?.throwIfAborted();
    const place = splitArticlePath(file.path);
    if (!place) continue;
    if (group && group.folder !== place.folder) {
      yield await readArticle(group.folder, group.files, signal, skip);
      done.add(group.folder);
      group = null;
    }
    if (!group) {
      if (done.has(place.folder)) {
        yield {
          kind: 'failed',
          folder: place.folder,
          problem: { code: 'damaged-entry', entry: file.path, detail: 'entries of this article are not together' },
        };
        continue;
      }
      group = { folder: place.folder, files: new Map() };
    }
    group.files.set(place.inside, file);
  }
  if (group) yield await readArticle(group.folder, group.files, signal, skip);
}

async function readArticle(
  folder: string,
  files: Map<string, ZipFile>,
  signal?: AbortSignal,
  skip?: SkipArticle,
): Promise<ArticleEntry> {
  let url: string | undefined;
  try {
    const metaFile = files.get('meta.json');
    if (!metaFile) throw damaged(`${folder}meta.json`, 'missing');
    const checked = checkArticleMeta(await readJson(metaFile));
    if (!checked.ok) throw damaged(metaFile.path, checked.message);
    const { meta } = checked;
    url = meta.article.url;
    if (skip && (await skip(meta))) return { kind: 'skipped', folder, articleId: meta.article.id, url };
    const listed = new Set(['meta.json']);
    const read = async (name: string, expected: { size: number; sha256: string }) => {
      const file = files.get(name);
      if (!file) throw damaged(folder + name, 'missing');
      listed.add(name);
      const bytes = await readZipFileOrThrow(file, BACKUP_ZIP_LIMITS, { signal });
      if (!sameDigest(digestOf(bytes), expected)) throw damaged(file.path, 'SHA-256 differs from meta.json');
      return bytes;
    };
    const body = meta.body
      ? { html: new TextDecoder().decode(await read(meta.body.file, meta.body)), fields: meta.body.fields }
      : null;
    const images = [];
    for (const image of meta.images) {
      const bytes = await read(image.file, image);
      images.push({
        key: image.key,
        type: image.type,
        blob: new Blob([bytes], { type: image.type }),
        fields: image.fields ?? {},
      });
    }
    let thumbnail = null;
    if (meta.thumbnail) {
      const bytes = await read(meta.thumbnail.file, meta.thumbnail);
      thumbnail = {
        key: meta.thumbnail.key,
        type: meta.thumbnail.type,
        blob: new Blob([bytes], { type: meta.thumbnail.type }),
        fields: meta.thumbnail.fields ?? {},
      };
    }
    const unlisted = [...files.keys()].filter((name) => !listed.has(name)).map((name) => folder + name);
    return {
      kind: 'read',
      folder,
      entries: files.size,
      unlisted,
      article: { article: meta.article, body, images, thumbnail } satisfies RestoredArticle,
    };
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof BackupProblemError || error instanceof ZipProblemError)
      return { kind: 'failed', folder, problem: error.problem, ...(url ? { url } : {}) };
    throw error;
  }
}

/** Reads annotations.jsonl line by line as it inflates (50,000 highlights are never held at once). */
async function* readAnnotations(
  file: ZipFile | undefined,
  expected: { size: number; sha256: string } | undefined,
  signal?: AbortSignal,
): AsyncGenerator<BackupAnnotation> {
  if (!file) return;
  const digest = streamingDigest();
  const decoder = new TextDecoder();
  let rest = '';
  let line = 0;
  const parse = (text: string): BackupAnnotation | null => {
    line += 1;
    if (!text.trim()) return null;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw damaged(`${file.path}:${line}`, error instanceof Error ? error.message : String(error));
    }
    const source = sourceOf(json);
    if (!isRecord(json) || json.type !== 'Annotation' || source === null)
      throw damaged(`${file.path}:${line}`, 'not a Web Annotation of an article');
    return { source, annotation: json };
  };
  for await (const chunk of zipFileChunks(file, BACKUP_ZIP_LIMITS, signal)) {
    digest.update(chunk);
    const lines = (rest + decoder.decode(chunk, { stream: true })).split('\n');
    rest = lines.pop() ?? '';
    for (const text of lines) {
      const record = parse(text);
      if (record) yield record;
    }
  }
  const last = parse(rest + decoder.decode());
  if (last) yield last;
  // Checked at the end, as the file streams: what was yielded before is only trusted now.
  if (expected && !sameDigest(digest.result(), expected)) throw damaged(file.path, 'SHA-256 differs from the manifest');
}

/** The article address an annotation targets: the target itself, or its `source`. */
function sourceOf(json: unknown): string | null {
  if (!isRecord(json)) return null;
  const target = Array.isArray(json.target) ? json.target[0] : json.target;
  if (typeof target === 'string') return target;
  return isRecord(target) && typeof target.source === 'string' ? target.source : null;
}

/** The records of detached-notes.json, each checked for the address and article id they need. */
function detachedRecords(json: unknown): BackupDetached['record'][] {
  if (!Array.isArray(json)) throw damaged(DETACHED_PATH, 'not a list');
  return json.map((record: unknown, index) => {
    if (!isRecord(record) || typeof record.url !== 'string' || typeof record.articleId !== 'string')
      throw damaged(`${DETACHED_PATH}[${index}]`, 'no address or article id');
    return record as BackupDetached['record'];
  });
}

function damaged(entry: string, detail: string): BackupProblemError {
  return new BackupProblemError({ code: 'damaged-entry', entry, detail });
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
