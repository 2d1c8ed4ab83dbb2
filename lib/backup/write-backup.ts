import { highlightToAnnotation, noteToAnnotation } from '../highlights/web-annotation';
import type { ArticleMeta, ImageMeta } from './article-meta';
import { digestOf, streamingDigest } from './digest';
import {
  ANNOTATIONS_PATH,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  DETACHED_PATH,
  MANIFEST_PATH,
  SETTINGS_PATH,
  type BackupCounts,
  type BackupManifest,
  type FileDigest,
} from './format';
import { LineSpool } from './line-spool';
import { ZipStreamWriter } from './zip-stream';
import { articleFolder, imagePath, isCompressedImage, thumbnailPath } from './paths';
import type { BackupArticle, BackupDetached, JsonRecord } from './types';

/** How far a backup has got. */
export interface BackupProgress extends BackupCounts {
  /** Bytes written to the zip so far. */
  bytes: number;
}

/** Options of `writeBackup`. */
export interface WriteBackupOptions {
  /** "Liseuse 0.1.0", recorded in the manifest. */
  generator: string;
  /** The backup's date (default: now). */
  createdAt?: Date;
  /** Highlights and notes kept from deleted articles (written after the articles). */
  detached?: readonly BackupDetached[];
  /** Reader settings and other preferences, restored with the library. */
  settings?: JsonRecord;
  /** Cancels the backup: the writable is aborted, so no partial file is kept. */
  signal?: AbortSignal;
  onProgress?: (progress: BackupProgress) => void;
}

/** Bytes gathered before each write to the file (memory holds at most this much more). */
const WRITE_BYTES = 1 << 20;

/**
 * Writes a backup zip to `writable` as a stream: each article's images, index.html and
 * meta.json as it comes from `articles`, then annotations.jsonl, then manifest.json with the
 * counts. Zip64 throughout, so neither 65,535 entries nor 4 GB is a limit, and nothing but the
 * current article is held in memory. On error or cancel, `writable` is aborted and the error
 * rethrown.
 */
export async function writeBackup(
  articles: AsyncIterable<BackupArticle>,
  writable: WritableStream<Uint8Array>,
  options: WriteBackupOptions,
): Promise<BackupManifest> {
  const { signal, onProgress } = options;
  const createdAt = options.createdAt ?? new Date();
  const target = writable.getWriter();
  const progress: BackupProgress = { articles: 0, images: 0, highlights: 0, notes: 0, bytes: 0 };
  // The zip goes out in many small chunks (headers, small entries); each write to an OPFS file is a
  // round trip to the browser process, so they go out gathered in WRITE_BYTES pieces.
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const piece = new Uint8Array(pendingBytes);
    let at = 0;
    for (const chunk of pending) {
      piece.set(chunk, at);
      at += chunk.length;
    }
    pending = [];
    pendingBytes = 0;
    await target.write(piece);
  };
  const counted = new WritableStream<Uint8Array>({
    async write(chunk) {
      progress.bytes += chunk.length;
      pending.push(chunk.slice());
      pendingBytes += chunk.length;
      if (pendingBytes >= WRITE_BYTES) await flush();
    },
    async close() {
      await flush();
      await target.close();
    },
    abort: (reason) => target.abort(reason),
  });
  const zip = new ZipStreamWriter(counted.getWriter(), signal);
  const annotations = new LineSpool();
  const files: Record<string, FileDigest> = {};
  const seen = new Set<string>();
  try {
    if (options.settings) {
      const bytes = new TextEncoder().encode(JSON.stringify(options.settings));
      files[SETTINGS_PATH] = digestOf(bytes);
      await zip.add(SETTINGS_PATH, bytes, { deflate: true, lastModDate: createdAt });
    }
    for await (const record of articles) {
      signal?.throwIfAborted();
      if (seen.has(record.article.id)) throw new Error(`two articles with the id ${record.article.id}`);
      seen.add(record.article.id);
      await addArticle(zip, record);
      // In the order of the articles, grouped by article: a restore reads this file alongside the
      // article folders and writes each article with its highlights in one transaction.
      for (const highlight of record.highlights)
        annotations.add(JSON.stringify(highlightToAnnotation(highlight, record.article.url)));
      if (record.note) annotations.add(JSON.stringify(noteToAnnotation(record.note, record.article.url)));
      progress.articles += 1;
      progress.images += record.images.length;
      progress.highlights += record.highlights.length;
      progress.notes += record.note ? 1 : 0;
      onProgress?.({ ...progress });
    }
    const detached = options.detached ?? [];
    if (detached.length > 0) {
      // Kept from deleted articles: their annotations follow the articles' ones, and the records
      // that name them go in their own file (a restore keeps them detached, or joins them to the page).
      for (const kept of detached) {
        for (const highlight of kept.highlights)
          annotations.add(JSON.stringify(highlightToAnnotation(highlight, kept.record.url)));
        if (kept.note) annotations.add(JSON.stringify(noteToAnnotation(kept.note, kept.record.url)));
        progress.highlights += kept.highlights.length;
        progress.notes += kept.note ? 1 : 0;
      }
      const bytes = new TextEncoder().encode(JSON.stringify(detached.map((kept) => kept.record)));
      files[DETACHED_PATH] = digestOf(bytes);
      await zip.add(DETACHED_PATH, bytes, { deflate: true, lastModDate: createdAt });
    }
    files[ANNOTATIONS_PATH] = await addDigested(zip, ANNOTATIONS_PATH, annotations.blob(), createdAt);
    const { bytes: _bytes, ...counts } = progress;
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: createdAt.toISOString(),
      generator: options.generator,
      counts,
      files,
    };
    await zip.add(MANIFEST_PATH, new TextEncoder().encode(JSON.stringify(manifest, null, 2)), {
      deflate: true,
      lastModDate: createdAt,
    });
    await zip.close();
    onProgress?.({ ...progress });
    return manifest;
  } catch (error) {
    await target
      .abort(error)
      .catch((abortError: unknown) => console.warn('Liseuse: could not abort the backup file', abortError));
    throw error;
  }
}

async function addArticle(zip: ZipStreamWriter, record: BackupArticle): Promise<void> {
  const folder = articleFolder(record.article.id);
  const date = new Date(typeof record.article.updatedAt === 'number' ? record.article.updatedAt : 0);
  const lastModDate = Number.isNaN(date.getTime()) || date.getTime() < Date.UTC(1980, 0, 1) ? undefined : date;
  const images: ImageMeta[] = [];
  for (const [index, image] of record.images.entries()) {
    const bytes = new Uint8Array(await image.blob.arrayBuffer());
    const file = imagePath(index, image.type);
    images.push({ file, key: image.key, type: image.type, fields: image.fields, ...digestOf(bytes) });
    await zip.add(folder + file, bytes, { deflate: !isCompressedImage(image.type), lastModDate });
  }
  let thumbnail: ImageMeta | null = null;
  if (record.thumbnail) {
    const bytes = new Uint8Array(await record.thumbnail.blob.arrayBuffer());
    const file = thumbnailPath(record.thumbnail.type);
    thumbnail = {
      file,
      key: record.thumbnail.key,
      type: record.thumbnail.type,
      fields: record.thumbnail.fields,
      ...digestOf(bytes),
    };
    await zip.add(folder + file, bytes, { deflate: !isCompressedImage(record.thumbnail.type), lastModDate });
  }
  let body: ArticleMeta['body'] = null;
  if (record.body) {
    const bytes = new TextEncoder().encode(record.body.html);
    body = { file: 'index.html', fields: record.body.fields, ...digestOf(bytes) };
    await zip.add(`${folder}index.html`, bytes, { deflate: true, lastModDate });
  }
  const meta: ArticleMeta = { article: record.article, body, images, ...(thumbnail ? { thumbnail } : {}) };
  // meta.json last: an article's folder is complete once its meta.json is there.
  await zip.add(`${folder}meta.json`, new TextEncoder().encode(JSON.stringify(meta)), { deflate: true, lastModDate });
}

/** Adds a Blob as an entry, computing its digest as it streams through. */
async function addDigested(zip: ZipStreamWriter, path: string, blob: Blob, lastModDate: Date): Promise<FileDigest> {
  const digest = streamingDigest();
  const hashed = blob.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        digest.update(chunk);
        controller.enqueue(chunk);
      },
    }),
  );
  await zip.addStream(path, hashed, { lastModDate });
  return digest.result();
}
