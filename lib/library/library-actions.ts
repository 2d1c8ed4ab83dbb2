import { deleteArticle, restoreArticles } from '../storage/articles';
import { toDbFailure } from '../storage/transactions';
import type { ArticleSnapshot, NotesOnDelete } from '../shared/article';
import type { Reason } from '../shared/errors';
import type { LibraryItem } from '../shared/library-item';
import type { LibraryState } from '../shared/library-state';
import type { DbFailure } from '../storage/schema';
import { editTags, updateArticles, updateEach, type StateChange } from '../storage/library';
import { sendMessage } from '../shared/messages';

/** What Undo puts back: deleted articles, or the previous state of changed ones. */
export type UndoRecord =
  | { kind: 'deleted'; snapshots: ArticleSnapshot[] }
  | { kind: 'changed'; before: { id: string; change: StateChange }[] };

/**
 * Result of an action on the Library: the list records to show again, how to undo it, and (a
 * delete of several that failed for some) how many were left as they were, and why.
 */
export type ActionResult =
  | {
      ok: true;
      changed: LibraryItem[];
      removed: string[];
      undo: UndoRecord | null;
      notDone?: { count: number; reason: Reason };
    }
  | DbFailure;

/** Tells the background the Library changed, so toolbar badges follow. */
export function announceChange(): void {
  sendMessage('libraryChanged', undefined).catch((error: unknown) =>
    console.warn('Liseuse: could not announce the Library change', error),
  );
}

/**
 * Deletes articles, each in its own transaction, keeping everything needed to put back exactly
 * those that were deleted; their highlights and notes are deleted too (in the Undo record) or
 * kept aside for a later save of the same page (`'keep'`). One that cannot be deleted (a damaged
 * record) stays in the Library and is reported; it does not stop the others, nor cost them their Undo.
 */
export async function deleteArticles(ids: readonly string[], notes: NotesOnDelete = 'delete'): Promise<ActionResult> {
  const snapshots: ArticleSnapshot[] = [];
  let notDone: { count: number; reason: DbFailure['reason'] } | undefined;
  for (const id of ids) {
    const result = await deleteArticle(id, notes);
    if (result.ok) snapshots.push(result.snapshot);
    else if (result.reason !== 'not-found') {
      console.warn('Liseuse: could not delete an article', id, result);
      notDone = { count: (notDone?.count ?? 0) + 1, reason: notDone?.reason ?? result.reason };
    }
  }
  if (snapshots.length === 0 && notDone) return { ok: false, reason: notDone.reason };
  if (snapshots.length > 0) announceChange();
  const undo: UndoRecord | null = snapshots.length > 0 ? { kind: 'deleted', snapshots } : null;
  return { ok: true, changed: [], removed: snapshots.map((s) => s.article.id), undo, notDone };
}

/** Changes the reading state of articles (archive, favorite…), remembering the old state for Undo. */
export async function changeArticles(
  articles: readonly (LibraryState & { id: string })[],
  change: StateChange,
): Promise<ActionResult> {
  const before = articles.map((article) => ({
    id: article.id,
    change: Object.fromEntries(
      Object.keys(change).map((key) => [key, article[key as keyof StateChange]]),
    ) as StateChange,
  }));
  const result = await updateArticles(
    articles.map((article) => article.id),
    change,
  );
  if (!result.ok) return result;
  return { ok: true, changed: result.items, removed: [], undo: { kind: 'changed', before } };
}

/** Adds or removes a tag on articles. */
export async function tagArticles(
  ids: readonly string[],
  edit: { add?: string[]; remove?: string[] },
): Promise<ActionResult> {
  const result = await editTags(ids, edit);
  return result.ok ? { ok: true, changed: result.items, removed: [], undo: null } : result;
}

/**
 * Reverts an action in one transaction: every article comes back as it was, or none does (and
 * the same Undo can be tried again).
 */
export async function undoAction(record: UndoRecord): Promise<ActionResult> {
  try {
    if (record.kind === 'deleted') {
      const restored = await restoreArticles(record.snapshots);
      if (!restored.ok) return restored;
      announceChange();
      return { ok: true, changed: restored.items, removed: [], undo: null };
    }
    const result = await updateEach(record.before);
    return result.ok ? { ok: true, changed: result.items, removed: [], undo: null } : result;
  } catch (error) {
    return toDbFailure(error);
  }
}
