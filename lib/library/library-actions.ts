import { deleteArticle, restoreArticle } from '../storage/articles';
import { toDbFailure } from '../storage/transactions';
import type { ArticleSnapshot, NotesOnDelete } from '../shared/article';
import type { LibraryItem } from '../shared/library-item';
import type { DbFailure } from '../storage/schema';
import { editTags, updateArticles, type StateChange } from '../storage/library';
import { sendMessage } from '../shared/messages';

/** What Undo puts back: deleted articles, or the previous state of changed ones. */
export type UndoRecord =
  | { kind: 'deleted'; snapshots: ArticleSnapshot[] }
  | { kind: 'changed'; before: { id: string; change: StateChange }[] };

/** Result of an action on the Library: the list records to show again, and how to undo it. */
export type ActionResult = { ok: true; changed: LibraryItem[]; removed: string[]; undo: UndoRecord | null } | DbFailure;

/** Tells the background the Library changed, so toolbar badges follow. */
function announceChange(): void {
  sendMessage('libraryChanged', undefined).catch((error: unknown) =>
    console.warn('Liseuse: could not announce the Library change', error));
}

/**
 * Deletes articles, keeping everything needed to put them back; their highlights and notes are
 * deleted too (in the Undo record) or kept aside for a later save of the same page (`'keep'`).
 */
export async function deleteArticles(ids: readonly string[], notes: NotesOnDelete = 'delete'): Promise<ActionResult> {
  const snapshots: ArticleSnapshot[] = [];
  for (const id of ids) {
    const result = await deleteArticle(id, notes);
    if (result.ok) snapshots.push(result.snapshot);
    else if (result.reason !== 'not-found') return result;
  }
  announceChange();
  return { ok: true, changed: [], removed: snapshots.map((s) => s.article.id), undo: { kind: 'deleted', snapshots } };
}

/** Changes the reading state of articles (archive, favorite…), remembering the old state for Undo. */
export async function changeArticles(articles: readonly LibraryItem[], change: StateChange): Promise<ActionResult> {
  const before = articles.map((article) => ({
    id: article.id,
    change: Object.fromEntries(Object.keys(change).map((key) => [key, article[key as keyof StateChange]])) as StateChange,
  }));
  const result = await updateArticles(articles.map((article) => article.id), change);
  if (!result.ok) return result;
  return { ok: true, changed: result.items, removed: [], undo: { kind: 'changed', before } };
}

/** Adds or removes a tag on articles. */
export async function tagArticles(
  ids: readonly string[], edit: { add?: string[]; remove?: string[] },
): Promise<ActionResult> {
  const result = await editTags(ids, edit);
  return result.ok ? { ok: true, changed: result.items, removed: [], undo: null } : result;
}

/** Reverts an action. */
export async function undoAction(record: UndoRecord): Promise<ActionResult> {
  try {
    if (record.kind === 'deleted') {
      const restored: LibraryItem[] = [];
      for (const snapshot of record.snapshots) {
        const result = await restoreArticle(snapshot);
        if (!result.ok) return result;
        restored.push(result.item);
      }
      announceChange();
      return { ok: true, changed: restored, removed: [], undo: null };
    }
    const changed: LibraryItem[] = [];
    for (const { id, change } of record.before) {
      const result = await updateArticles([id], change);
      if (!result.ok) return result;
      changed.push(...result.items);
    }
    return { ok: true, changed, removed: [], undo: null };
  } catch (error) {
    return toDbFailure(error);
  }
}
