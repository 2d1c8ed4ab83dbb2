import type { FileDigest } from './format';
import type { BackupArticleRecord, JsonRecord } from './types';

/** The body's entry in meta.json: index.html's digest and the body's other fields. */
export type BodyMeta = FileDigest & { file: 'index.html'; fields: JsonRecord };

/** One image's entry in meta.json: its file in the folder, its key in the article, its digest. */
export type ImageMeta = FileDigest & { file: string; key: string; type: string; fields: JsonRecord };

/** What `articles/<id>/meta.json` holds: the article record and the list of its files. */
export interface ArticleMeta {
  article: BackupArticleRecord;
  body: BodyMeta | null;
  images: ImageMeta[];
  /** The lead-image thumbnail (`thumbnail.<ext>`); absent in backups made before schema v4. */
  thumbnail?: ImageMeta | null;
}

/** Checks the shape of a parsed meta.json; the message says what is wrong. */
export function checkArticleMeta(json: unknown): { ok: true; meta: ArticleMeta } | { ok: false; message: string } {
  if (!isObject(json) || !isObject(json.article)) return { ok: false, message: 'no article record' };
  const { article, body, images } = json;
  if (typeof article.id !== 'string' || typeof article.url !== 'string')
    return { ok: false, message: 'the article has no id or address' };
  if (body !== null && !(isObject(body) && isDigest(body) && isObject(body.fields)))
    return { ok: false, message: 'the body entry is malformed' };
  if (
    !Array.isArray(images) ||
    !images.every(
      (image) => isObject(image) && isDigest(image) && typeof image.file === 'string' && typeof image.key === 'string',
    )
  ) {
    return { ok: false, message: 'the image list is malformed' };
  }
  const { thumbnail } = json;
  if (
    thumbnail !== undefined &&
    thumbnail !== null &&
    !(isObject(thumbnail) && isDigest(thumbnail) && typeof thumbnail.file === 'string')
  ) {
    return { ok: false, message: 'the thumbnail entry is malformed' };
  }
  return { ok: true, meta: json as unknown as ArticleMeta };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDigest(value: Record<string, unknown>): boolean {
  return typeof value.size === 'number' && typeof value.sha256 === 'string' && /^[0-9a-f]{64}$/.test(value.sha256);
}
