import { normalizeTags } from '../shared/tags';
import type { ImportedHighlight, ImportItem } from './types';

/**
 * Merges items with the same address (already without #fragment and utm_ parameters) into one,
 * in the order each address first appears. Nothing of a duplicate is lost: see `mergeItems`.
 */
export function collapseDuplicates(items: readonly ImportItem[]): ImportItem[] {
  const byUrl = new Map<string, ImportItem>();
  for (const item of items) {
    const seen = byUrl.get(item.url);
    byUrl.set(item.url, seen ? mergeItems(seen, item) : item);
  }
  return [...byUrl.values()];
}

/**
 * One item from two copies of the same article: the first non-empty title and text fields, the
 * union of tags and highlights, the earliest save, the furthest progress; archived or favourite
 * if either copy is (a copy archived once was read), and the notes of both.
 */
export function mergeItems(first: ImportItem, second: ImportItem): ImportItem {
  const merged: ImportItem = {
    ...second,
    ...first,
    title: first.title || second.title,
    tags: normalizeTags([...first.tags, ...second.tags]),
    state: first.state === 'archived' || second.state === 'archived' ? 'archived' : 'unread',
    favorite: first.favorite || second.favorite,
    savedAt: earliest(first.savedAt, second.savedAt),
    progress: Math.max(first.progress, second.progress),
    highlights: mergeHighlights(first.highlights, second.highlights),
    origins: [...first.origins, ...second.origins],
  };
  const notes = [...new Set([first.note, second.note].filter((note): note is string => Boolean(note)))];
  if (notes.length > 0) merged.note = notes.join('\n\n');
  for (const key of ['excerpt', 'author', 'publishedAt', 'readContent'] as const) {
    if (merged[key] === undefined) delete merged[key];
  }
  return merged;
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/** Highlights of both copies; the same quote with the same note counts once (its earliest date). */
function mergeHighlights(
  first: readonly ImportedHighlight[],
  second: readonly ImportedHighlight[],
): ImportedHighlight[] {
  const byKey = new Map<string, ImportedHighlight>();
  for (const highlight of [...first, ...second]) {
    const key = `${highlight.quote}\u0000${highlight.note}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, createdAt: earliest(seen.createdAt, highlight.createdAt) } : highlight);
  }
  return [...byKey.values()];
}
