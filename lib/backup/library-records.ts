import type { Article, ArticleSnapshot, StoredImage } from '../shared/article';
import { libraryStateOf } from '../shared/library-state';
import { sanitizeToParts } from '../shared/sanitize';
import { parseHttpUrl } from '../shared/urls';
import { toPlainText } from '../extract/to-plain-text';
import { annotationToRecord } from '../highlights/web-annotation';
import type { BackupProblem, RestoredArticle } from './read-backup';
import type { BackupArticle, BackupArticleRecord, BackupImage, JsonRecord } from './types';

/**
 * The Library's records (lib/shared/article.ts) in and out of the backup format. Records go in
 * as they are stored, field for field, so that a restore gives back exactly the same Library.
 */

/** An article as stored, with its highlights and note, ready for writeBackup. */
export function backupArticleOf(snapshot: ArticleSnapshot): BackupArticle {
  const { article, body, images, thumbnail } = snapshot;
  return {
    article: article as unknown as BackupArticleRecord,
    body: body ? { html: body.html, fields: withoutKeys(body, ['articleId', 'html']) } : null,
    images: images.map((image): BackupImage => ({
      key: image.key,
      type: image.type,
      blob: image.blob,
      fields: withoutKeys(image, ['articleId', 'key', 'type', 'blob']),
    })),
    thumbnail: thumbnail
      ? {
          key: thumbnail.key,
          type: thumbnail.type,
          blob: thumbnail.blob,
          fields: withoutKeys(thumbnail, ['key', 'type', 'blob']),
        }
      : null,
    highlights: snapshot.notes?.highlights ?? [],
    note: snapshot.notes?.note ?? null,
  };
}

/**
 * An article read from a backup, with the Web Annotations of its highlights and note, as the
 * records to store, or why it cannot be. The HTML is sanitized again: a backup is a file from
 * outside, and only sanitized HTML is ever stored. Annotations that are not usable are counted.
 */
export function snapshotOfRestored(
  restored: RestoredArticle,
  annotations: readonly Record<string, unknown>[] = [],
  win: Window = globalThis.window,
): { ok: true; snapshot: ArticleSnapshot; unusable: number } | { ok: false; problem: BackupProblem } {
  const record = restored.article;
  const problem = recordProblem(record);
  if (problem)
    return { ok: false, problem: { code: 'damaged-entry', entry: `articles/${record.id}/meta.json`, detail: problem } };
  const article = {
    ...ARTICLE_DEFAULTS,
    ...record,
    ...libraryStateOf(record as Partial<Article>),
  } as unknown as Article;
  // A record that came with explicit defaults keeps them exactly; only missing fields are filled.
  for (const key of ['archived', 'favorite', 'tags', 'progress', 'readAt'] as const) {
    if (key in record) (article as unknown as JsonRecord)[key] = record[key]!;
  }
  let body: ArticleSnapshot['body'] = null;
  if (restored.body) {
    const { body: root, html } = sanitizeToParts(restored.body.html, win);
    const text = typeof restored.body.fields.text === 'string' ? restored.body.fields.text : toPlainText(root);
    body = { ...(restored.body.fields as object), articleId: article.id, html, text };
  }
  const images = restored.images.map((image): StoredImage => ({
    sourceUrl: image.key,
    ...(image.fields as object),
    articleId: article.id,
    key: image.key,
    type: image.type,
    blob: image.blob,
  }));
  // The thumbnail's key is its article's id (the list record points to it).
  const thumbnail = restored.thumbnail
    ? {
        width: 0,
        height: 0,
        ...(restored.thumbnail.fields as object),
        key: article.id,
        type: restored.thumbnail.type,
        blob: restored.thumbnail.blob,
      }
    : null;
  const { notes, unusable } = notesOfAnnotations(annotations, article.id);
  return { ok: true, snapshot: { article, body, images, thumbnail, notes }, unusable };
}

/** The highlights and note that Web Annotations describe, for the article `articleId`. */
export function notesOfAnnotations(
  annotations: readonly Record<string, unknown>[],
  articleId: string,
): { notes: NonNullable<ArticleSnapshot['notes']>; unusable: number } {
  const notes: NonNullable<ArticleSnapshot['notes']> = { highlights: [], note: null };
  let unusable = 0;
  for (const annotation of annotations) {
    const record = annotationToRecord(annotation, articleId);
    if (record.kind === 'highlight') notes.highlights.push(record.highlight);
    else if (record.kind === 'note') notes.note = record.note;
    else unusable += 1;
  }
  return { notes, unusable };
}

/** Fields every Article has; a backup from a version that lacked one still restores. */
const ARTICLE_DEFAULTS: Omit<Article, 'id' | 'url' | keyof ReturnType<typeof libraryStateOf>> = {
  pageUrl: '',
  title: '',
  byline: null,
  siteName: null,
  lang: null,
  dir: null,
  publishedTime: null,
  excerpt: null,
  leadImage: null,
  wordCount: 0,
  readingMinutes: 0,
  savedAt: 0,
  updatedAt: 0,
  imageCount: 0,
  missingImageCount: 0,
};

function recordProblem(record: BackupArticleRecord): string | null {
  if (!parseHttpUrl(record.url)) return `not a web address: ${record.url}`;
  if (typeof record.savedAt !== 'number' || typeof record.updatedAt !== 'number') return 'no savedAt or updatedAt date';
  if ('tags' in record && !Array.isArray(record.tags)) return 'tags is not a list';
  return null;
}

function withoutKeys(record: object, keys: string[]): JsonRecord {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key))) as JsonRecord;
}
