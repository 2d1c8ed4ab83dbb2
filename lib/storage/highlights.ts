import type { StoreNames } from 'idb';
import { quoteOf, type Highlight, type Note } from '../highlights/highlight';
import { holdsEveryLine, keepBothNotes } from '../highlights/keep-both-notes';
import type { Article } from '../shared/article';
import { openLibrary } from './database';
import { putArticle } from './library-items';
import { writeNotePostings } from './note-postings';
import { postTexts, TEXT_STORES } from './text-index';
import type { DbFailure, LiseuseDB } from './schema';
import { writeAll, type WriteTx } from './transactions';

/**
 * Highlights and article notes (schema v3). Every write of a highlight or a note also rewrites
 * the article's note postings in the same transaction, so search is never out of step.
 */

/** The stores a highlight or note write spans. */
export const NOTE_STORES: readonly StoreNames<LiseuseDB>[] = ['highlights', 'notes', 'libraryItems', ...TEXT_STORES];

/** Re-indexes the words of an article's highlights (quotes and notes) and note for search. */
export async function indexArticleNotes(tx: WriteTx, articleId: string): Promise<void> {
  const highlights = await tx.objectStore('highlights').index('by-article').getAll(articleId);
  const note = await tx.objectStore('notes').get(articleId);
  await writeNotePostings(tx, articleId, notesText(note, highlights));
}

/**
 * Writes an article's list record with its text posted under a new number (a save, a restore).
 * Its highlights and note are posted again with it when `withNotes` (they came back with the
 * article), and when it was waiting to be indexed: posting its text takes it off that list, so the
 * index worker, which would have posted them, will not, and the number its list record holds for
 * them may back nothing (after the upgrade or a rebuild).
 */
export async function putArticleWithText(
  tx: WriteTx,
  article: Article,
  text: string,
  { thumbnail, withNotes = false }: { thumbnail: string | null; withNotes?: boolean },
): Promise<void> {
  const wasPending = (await tx.objectStore('textPending').getKey(article.id)) !== undefined;
  const numbers = await postTexts(tx, new Map([[article.id, text]]));
  await putArticle(tx, article, { thumbnail, textDoc: numbers.get(article.id) ?? null });
  if (withNotes || wasPending) await indexArticleNotes(tx, article.id);
}

/** The words search finds an article by from its highlights (quotes and their notes) and its note. */
export function notesText(note: Note | undefined, highlights: readonly Highlight[]): string {
  return [note?.text ?? '', ...highlights.flatMap((highlight) => [quoteOf(highlight).exact, highlight.note])].join(
    '\n',
  );
}

/** An article's highlights, as stored (lib/highlights/highlight.ts `inReadingOrder` sorts them). */
export async function listHighlights(articleId: string): Promise<Highlight[]> {
  return (await openLibrary()).getAllFromIndex('highlights', 'by-article', articleId);
}

/** An article's note, if it has one. */
export async function getArticleNote(articleId: string): Promise<Note | undefined> {
  return (await openLibrary()).get('notes', articleId);
}

/** Writes new or changed highlights of one article in one transaction (a batch after re-anchoring, too). */
export async function putHighlights(
  articleId: string,
  highlights: readonly Highlight[],
): Promise<{ ok: true } | DbFailure> {
  return writeAll(async (tx) => {
    for (const highlight of highlights) {
      if (highlight.articleId !== articleId)
        return { ok: false, reason: 'save-failed', detail: 'highlight of another article' } as const;
      await tx.objectStore('highlights').put(highlight);
    }
    await indexArticleNotes(tx, articleId);
    return { ok: true } as const;
  }, NOTE_STORES);
}

/** Deletes one highlight; returns it, for Undo (putHighlights puts it back as it was). */
export async function deleteHighlight(id: string): Promise<{ ok: true; highlight: Highlight } | DbFailure> {
  return writeAll(async (tx) => {
    const highlight = await tx.objectStore('highlights').get(id);
    if (!highlight) return { ok: false, reason: 'not-found' } as const;
    await tx.objectStore('highlights').delete(id);
    await indexArticleNotes(tx, highlight.articleId);
    return { ok: true, highlight } as const;
  }, NOTE_STORES);
}

/**
 * What putArticleNote stored: the note (null once removed), whether it kept another writer's
 * version too, and that version (null when it did not).
 */
export type ArticleNoteWrite =
  { ok: true; note: Note | null; keptBoth: boolean; otherVersion: string | null } | DbFailure;

/**
 * A write that kept both versions while the reader typed on from the older text: the note it
 * stored (`updatedAt`) and the other writer's version it kept beside the reader's.
 */
export interface KeptBothWrite {
  updatedAt: number;
  otherVersion: string;
}

/**
 * Sets an article's note to `text`, keeping its id and creation date; an empty note is removed.
 * `base` is the `updatedAt` of the note the writer last read or wrote (null: it had none). When
 * the note was written elsewhere since (another tab), the last write does not simply win: the
 * stored text and `text` are kept together (keepBothNotes) and `keptBoth` says so; a note cleared
 * or deleted elsewhere is written anew. Without `base`, `text` replaces the note.
 *
 * `lastKeptBoth` is the writer's own earlier write that kept both versions, when the reader went
 * on typing from the older text: while that is still the stored note, `text` is kept with the
 * other version as it was then, so that a line the reader edited meanwhile is not kept twice, as
 * written before and after the edit.
 */
export async function putArticleNote(
  articleId: string,
  text: string,
  { now = Date.now(), base, lastKeptBoth }: { now?: number; base?: number | null; lastKeptBoth?: KeptBothWrite } = {},
): Promise<ArticleNoteWrite> {
  return writeAll(async (tx) => {
    const notes = tx.objectStore('notes');
    const existing = await notes.get(articleId);
    const writtenSince = base !== undefined && existing !== undefined && existing.updatedAt !== base;
    const otherVersion = !writtenSince
      ? null
      : lastKeptBoth?.updatedAt === existing.updatedAt
        ? lastKeptBoth.otherVersion
        : existing.text;
    // Every line of `text` is in the other version (the write on leaving made it, or another tab
    // went on from it), or `text` clears it: the other version stays, and is what the writer should show.
    const heldByOther = otherVersion !== null && (!text.trim() || holdsEveryLine(otherVersion, text));
    if (heldByOther && otherVersion === existing?.text) {
      const keptBoth = existing.text !== text;
      return { ok: true, note: existing, keptBoth, otherVersion: keptBoth ? otherVersion : null } as const;
    }
    const wanted = otherVersion === null ? text : heldByOther ? otherVersion : keepBothNotes(otherVersion, text);
    const keptBoth = wanted !== text;
    let note: Note | null = null;
    if (wanted.trim()) {
      note = existing
        ? { ...existing, text: wanted, updatedAt: Math.max(now, existing.updatedAt + 1) }
        : { id: crypto.randomUUID(), articleId, text: wanted, createdAt: now, updatedAt: now };
      await notes.put(note);
    } else if (existing) {
      await notes.delete(articleId);
    }
    await indexArticleNotes(tx, articleId);
    return { ok: true, note, keptBoth, otherVersion: keptBoth ? otherVersion : null } as const;
  }, NOTE_STORES);
}

/** Ids of the articles that have highlights or a note (the Library's "with highlights" filter). */
export async function listAnnotatedArticleIds(): Promise<Set<string>> {
  const db = await openLibrary();
  const tx = db.transaction(['highlights', 'notes']);
  const ids = new Set<string>(await tx.objectStore('notes').getAllKeys());
  // One step per article, not per highlight: the index cursor skips to the next article id.
  let cursor = await tx.objectStore('highlights').index('by-article').openKeyCursor(null, 'nextunique');
  while (cursor) {
    ids.add(cursor.key);
    cursor = await cursor.continue();
  }
  await tx.done;
  return ids;
}

/** Highlights and note of each article in `articleIds` (for exports), read in one transaction. */
export async function readArticleNotes(
  articleIds: readonly string[],
): Promise<Map<string, { highlights: Highlight[]; note: Note | null }>> {
  const db = await openLibrary();
  const tx = db.transaction(['highlights', 'notes']);
  const result = new Map<string, { highlights: Highlight[]; note: Note | null }>();
  for (const id of articleIds) {
    const [highlights, note] = await Promise.all([
      tx.objectStore('highlights').index('by-article').getAll(id),
      tx.objectStore('notes').get(id),
    ]);
    result.set(id, { highlights, note: note ?? null });
  }
  await tx.done;
  return result;
}
