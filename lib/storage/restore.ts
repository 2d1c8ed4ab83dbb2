import type { ArticleSnapshot } from '../shared/article';
import { withoutHash } from '../shared/urls';
import { openLibrary } from './database';
import { mergeArticles } from './merge-articles';
import { putArticle } from './library-items';
import type { DbFailure, DetachedNotes } from './schema';
import { quoteOf, type Highlight } from '../highlights/highlight';
import { indexArticleNotes, putArticleWithText } from './highlights';
import { writeAll, type WriteTx } from './transactions';

/** What restoring one article did. */
export type RestoreOutcome = 'added' | 'merged' | 'unchanged';

/**
 * Whether the Library already holds this very record (same id, same last save, its body if it
 * had one): a restore started again after a crash skips it without reading its files.
 */
export async function isAlreadyRestored(
  article: { id: string; updatedAt: unknown },
  hasBody: boolean,
): Promise<boolean> {
  const db = await openLibrary();
  const tx = db.transaction(['articles', 'bodies']);
  const [existing, bodyKey] = await Promise.all([
    tx.objectStore('articles').get(article.id),
    tx.objectStore('bodies').getKey(article.id),
  ]);
  return existing !== undefined && existing.updatedAt === article.updatedAt && (bodyKey !== undefined) === hasBody;
}

/**
 * Which body a merge keeps: a restore keeps the newer one (by last save); an import keeps what
 * the Library has, since Liseuse's own copy is the one it cleaned. Either way a body beats none.
 */
export type BodyPolicy = 'newest' | 'keep-existing';

/**
 * Writes articles from a backup or an import in ONE transaction (records, bodies, images,
 * search entries and postings), so a crash leaves each batch whole or absent: a restore passes
 * one article at a time. An article already in the Library (same id, or same address) is
 * merged, never doubled: the body `policy` picks with its images, the union of tags, the
 * reading state of both (lib/storage/merge-articles.ts).
 */
export async function mergeArticleSnapshots(
  snapshots: readonly ArticleSnapshot[],
  policy: BodyPolicy,
): Promise<{ ok: true; results: { outcome: RestoreOutcome; articleId: string }[] } | DbFailure> {
  return writeAll(async (tx) => {
    const results = [];
    for (const snapshot of snapshots) results.push(await mergeOne(tx, snapshot, policy));
    return { ok: true, results } as const;
  });
}

async function mergeOne(
  tx: WriteTx,
  snapshot: ArticleSnapshot,
  policy: BodyPolicy,
): Promise<{ outcome: RestoreOutcome; articleId: string }> {
  const articles = tx.objectStore('articles');
  const incoming = snapshot.article;
  const address = withoutHash(incoming.url);
  const existing =
    (await articles.get(incoming.id)) ??
    (await articles.index('by-url').get(address)) ??
    (await articles.index('by-page-url').get(address));
  if (!existing) {
    await putWhole(tx, snapshot);
    await mergeNotes(tx, incoming.id, snapshot.notes, policy);
    return { outcome: 'added', articleId: incoming.id };
  }
  const existingHasBody = (await tx.objectStore('bodies').getKey(existing.id)) !== undefined;
  const incomingWins =
    snapshot.body !== null && (!existingHasBody || (policy === 'newest' && incoming.updatedAt > existing.updatedAt));
  const merged = mergeArticles(existing, incoming, incomingWins ? 'incoming' : 'existing');
  const notesChanged = await mergeNotes(tx, existing.id, snapshot.notes, policy);
  if (!incomingWins && !notesChanged && sameRecord(merged, existing))
    return { outcome: 'unchanged', articleId: existing.id };
  if (incomingWins) {
    const images = snapshot.images.map((image) => ({ ...image, articleId: existing.id }));
    const thumbnail = snapshot.thumbnail ? { ...snapshot.thumbnail, key: existing.id } : null;
    await clearContent(tx, existing.id);
    await putWhole(tx, { article: merged, body: { ...snapshot.body!, articleId: existing.id }, images, thumbnail });
  } else {
    // Same text: its list record keeps its full-text number and thumbnail.
    await putArticle(tx, merged);
  }
  return { outcome: 'merged', articleId: existing.id };
}

/**
 * Writes the highlights and note that come with an article into the article `articleId`: a
 * highlight already there (same id) is kept if newer, and an imported quote the article already
 * has (same passage, same note) is not added twice. The note: the newer one for a restore, the
 * Library's own for an import. Returns whether anything changed.
 */
async function mergeNotes(
  tx: WriteTx,
  articleId: string,
  incoming: ArticleSnapshot['notes'],
  policy: BodyPolicy,
): Promise<boolean> {
  if (!incoming || (incoming.highlights.length === 0 && !incoming.note)) return false;
  const highlights = tx.objectStore('highlights');
  const present = await highlights.index('by-article').getAll(articleId);
  const byId = new Map(present.map((highlight) => [highlight.id, highlight]));
  const passages = new Set(present.map(passageOf));
  let changed = false;
  for (const highlight of incoming.highlights) {
    const mine = byId.get(highlight.id);
    if (mine ? mine.updatedAt >= highlight.updatedAt : passages.has(passageOf(highlight))) continue;
    await highlights.put({ ...highlight, articleId });
    passages.add(passageOf(highlight));
    changed = true;
  }
  if (incoming.note) {
    const notes = tx.objectStore('notes');
    const mine = await notes.get(articleId);
    const replace = !mine || (policy === 'newest' && incoming.note.updatedAt > mine.updatedAt);
    if (replace && mine?.text !== incoming.note.text) {
      await notes.put({ ...incoming.note, articleId, id: mine?.id ?? incoming.note.id });
      changed = true;
    }
  }
  if (changed) await indexArticleNotes(tx, articleId);
  return changed;
}

/** What makes two highlights the same passage with the same note, whatever their ids. */
function passageOf(highlight: Highlight): string {
  return `${quoteOf(highlight).exact}\u0000${highlight.note}`;
}

/**
 * Writes an article whole, through the same functions as a save: its record and list record
 * (putArticle), body, images, thumbnail, and its text posted to the full-text index.
 */
async function putWhole(tx: WriteTx, { article, body, images, thumbnail }: ArticleSnapshot): Promise<void> {
  if (body) await tx.objectStore('bodies').put(body);
  for (const image of images) await tx.objectStore('images').put(image);
  if (thumbnail) await tx.objectStore('thumbnails').put(thumbnail);
  await putArticleWithText(tx, article, body?.text ?? '', { thumbnail: thumbnail?.key ?? null });
}

/** Removes an article's body, images and thumbnail (its records and postings are rewritten right after). */
async function clearContent(tx: WriteTx, id: string): Promise<void> {
  await tx.objectStore('bodies').delete(id);
  await tx.objectStore('thumbnails').delete(id);
  const images = tx.objectStore('images');
  for (const key of await images.index('by-article').getAllKeys(id)) await images.delete(key);
}

/** Whether two records hold the same values, whatever the order of their keys. */
function sameRecord(a: object, b: object): boolean {
  const sorted = (value: object) => JSON.stringify(value, Object.keys(value).sort());
  return sorted(a) === sorted(b);
}

/**
 * Restores highlights and a note kept from a deleted article (a backup's detached-notes.json):
 * if the Library has an article at that address now, they join it; else they are kept detached
 * under their own article id, to come back when the page is saved again. One transaction.
 */
export async function restoreDetachedNotes(
  record: DetachedNotes,
  notes: NonNullable<ArticleSnapshot['notes']>,
): Promise<{ ok: true; articleId: string; attached: boolean } | DbFailure> {
  return writeAll(async (tx) => {
    const address = withoutHash(record.url);
    const article =
      (await tx.objectStore('articles').index('by-url').get(address)) ??
      (await tx.objectStore('articles').index('by-page-url').get(address));
    if (article) {
      await mergeNotes(tx, article.id, notes, 'newest');
      return { ok: true, articleId: article.id, attached: true } as const;
    }
    const kept = await tx.objectStore('detachedNotes').get(record.url);
    const articleId = kept?.articleId ?? record.articleId;
    await mergeNotes(tx, articleId, notes, 'newest');
    await tx.objectStore('detachedNotes').put({ ...record, articleId });
    return { ok: true, articleId, attached: false } as const;
  });
}
