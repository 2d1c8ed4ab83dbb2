import { normalizeTags } from '../shared/tags';
import { asArray, asString } from './json-fields';
import { readOmnivoreHighlights } from './omnivore-highlights';
import { addItem, optionalText } from './source-result';
import { parseDate, parseProgress, tagName } from './parse-values';
import type { ItemOrigin, SourceResult } from './types';

/** What the rest of Omnivore's zip holds for one article, found by its slug. */
export interface OmnivoreFiles {
  /** Reads `content/<slug>.html`, when the zip has it. */
  readContent?: () => Promise<string>;
  /** The text of `highlights/<slug>.md`, when the zip has it. */
  highlightsMarkdown?: string;
}

/**
 * Reads one entry of Omnivore's `metadata_*.json` (`id, slug, title, description, author, url,
 * state, readingProgress, labels, savedAt, publishedAt…`). readingProgress is a percentage;
 * state "Archived" is archived, "Deleted" is listed as skipped (it was in Omnivore's trash).
 */
export function readOmnivoreEntry(
  entry: Record<string, unknown>,
  origin: ItemOrigin,
  result: SourceResult,
  files: OmnivoreFiles,
): void {
  const state = asString(entry.state)?.toLowerCase() ?? '';
  const title = asString(entry.title)?.trim();
  if (state === 'deleted') {
    result.skipped.push({ ...origin, reason: 'deleted', ...(title ? { detail: title } : {}) });
    return;
  }
  const publishedAt = parseDate(asString(entry.publishedAt));
  addItem(
    result,
    {
      url: asString(entry.url),
      title,
      excerpt: optionalText(entry.description),
      author: optionalText(entry.author),
      tags: normalizeTags(
        asArray(entry.labels)
          .map(tagName)
          .filter((tag): tag is string => tag !== null),
      ),
      state: state === 'archived' ? 'archived' : 'unread',
      savedAt: parseDate(asString(entry.savedAt)),
      progress: parseProgress(asString(entry.readingProgress), 'percent'),
      highlights: files.highlightsMarkdown ? readOmnivoreHighlights(files.highlightsMarkdown) : [],
      ...(publishedAt !== null ? { publishedAt } : {}),
      ...(files.readContent ? { readContent: files.readContent } : {}),
    },
    origin,
  );
}
