import type { ImportedHighlight } from './types';
import type { PlannedItem } from './plan-import';

/** An item of the dry run as JSON: what `liseuse import --dry-run --format json` prints per line. */
export interface DryRunItemJson {
  url: string;
  title: string;
  tags: string[];
  state: 'unread' | 'archived';
  favorite: boolean;
  /** ISO 8601, or null when the export does not say. */
  savedAt: string | null;
  progress: number;
  highlights: { quote: string; note: string; createdAt: string | null }[];
  note?: string;
  excerpt?: string;
  author?: string;
  publishedAt?: string;
  /** The export carries the article's page (no download needed). */
  hasContent: boolean;
  inLibrary: boolean;
}

/** The JSON form of a planned item, with dates as ISO 8601 so a person can read them. */
export function dryRunItemJson(item: PlannedItem): DryRunItemJson {
  return {
    url: item.url,
    title: item.title,
    tags: item.tags,
    state: item.state,
    favorite: item.favorite,
    savedAt: isoDate(item.savedAt),
    progress: item.progress,
    highlights: item.highlights.map(highlightJson),
    ...(item.note !== undefined ? { note: item.note } : {}),
    ...(item.excerpt !== undefined ? { excerpt: item.excerpt } : {}),
    ...(item.author !== undefined ? { author: item.author } : {}),
    ...(item.publishedAt !== undefined ? { publishedAt: isoDate(item.publishedAt) ?? undefined } : {}),
    hasContent: item.readContent !== undefined,
    inLibrary: item.inLibrary,
  };
}

function highlightJson(highlight: ImportedHighlight) {
  return { quote: highlight.quote, note: highlight.note, createdAt: isoDate(highlight.createdAt) };
}

function isoDate(epoch: number | null): string | null {
  return epoch === null ? null : new Date(epoch).toISOString();
}
