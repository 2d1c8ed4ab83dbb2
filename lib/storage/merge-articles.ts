import type { Article } from '../shared/article';
import { libraryStateOf, type LibraryState } from '../shared/library-state';
import { normalizeTags } from '../shared/tags';

/**
 * How two records of the same article combine (a restore into a Library that has it, an import,
 * a downloaded page replacing its placeholder): nothing the reader did is lost. Tags are united;
 * archived and favourite hold if either record says so (an article archived once was read); the
 * furthest progress and the latest reading win.
 */
export function mergeLibraryStates(a: Partial<LibraryState>, b: Partial<LibraryState>): LibraryState {
  const first = libraryStateOf(a);
  const second = libraryStateOf(b);
  const state: LibraryState = {
    archived: first.archived || second.archived,
    favorite: first.favorite || second.favorite,
    tags: normalizeTags([...first.tags, ...second.tags]),
    progress: Math.max(first.progress, second.progress),
  };
  const readAt = Math.max(first.readAt ?? 0, second.readAt ?? 0);
  if (readAt > 0) state.readAt = readAt;
  return state;
}

/**
 * The record kept when `incoming` (restored or imported) meets `existing` in the Library: the
 * existing id, the first save, the merged reading state, and the content fields of whichever
 * record is newer (`newer`, decided by the caller from the bodies it has).
 */
export function mergeArticles(existing: Article, incoming: Article, newer: 'existing' | 'incoming'): Article {
  const content = newer === 'incoming' ? incoming : existing;
  const merged: Article = {
    ...content,
    ...mergeLibraryStates(existing, incoming),
    id: existing.id,
    savedAt: Math.min(existing.savedAt, incoming.savedAt),
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
  };
  if (!content.notDownloaded) delete merged.notDownloaded;
  return merged;
}
