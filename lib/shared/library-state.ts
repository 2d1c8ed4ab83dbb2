import { normalizeTags } from './tags';

/** What the reader keeps about an article besides its content (schema version 2). */
export interface LibraryState {
  /** Set aside: hidden from the default list, still searchable and readable. */
  archived: boolean;
  favorite: boolean;
  /** Labels the reader gave, trimmed, unique, in the order given (index `by-tag`). */
  tags: string[];
  /** How far the reader got, 0..1 of the article's scrollable height. */
  progress: number;
  /** Epoch milliseconds of the last opening in the reader; absent while unread. */
  readAt?: number;
}

/** The state of an article nobody has opened or sorted yet. */
export const NEW_ARTICLE_STATE: Readonly<LibraryState> = Object.freeze({
  archived: false,
  favorite: false,
  tags: [],
  progress: 0,
});

/** The library state of `record` (a saved article of any schema version), with defaults. */
export function libraryStateOf(record: Partial<LibraryState>): LibraryState {
  const state: LibraryState = {
    archived: record.archived === true,
    favorite: record.favorite === true,
    tags: Array.isArray(record.tags) ? normalizeTags(record.tags) : [],
    progress: clampProgress(record.progress ?? 0),
  };
  if (typeof record.readAt === 'number') state.readAt = record.readAt;
  return state;
}

/** Keeps a progress value within 0..1 (a page can report a scroll past its end). */
export function clampProgress(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
