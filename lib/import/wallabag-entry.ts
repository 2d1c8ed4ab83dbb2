import { normalizeTags } from '../shared/tags';
import { asArray, asRecord, asString } from './json-fields';
import { addItem, optionalText } from './source-result';
import { parseDate, parseFlag, tagName } from './parse-values';
import type { ImportedHighlight, ItemOrigin, SourceResult } from './types';

/**
 * Reads one entry of wallabag's JSON export: `url, title, content, is_archived, is_starred, tags,
 * created_at, published_at, published_by, annotations: [{quote, text, created_at}]`. The content
 * is not kept here: `readContent` reads it again from the file when the article is saved.
 */
export function readWallabagEntry(
  entry: Record<string, unknown>,
  origin: ItemOrigin,
  result: SourceResult,
  readContent: () => Promise<string>,
): void {
  const highlights: ImportedHighlight[] = asArray(entry.annotations).flatMap((value) => {
    const annotation = asRecord(value);
    const quote = asString(annotation?.quote)?.trim();
    if (!annotation || !quote) return [];
    return [
      { quote, note: asString(annotation.text)?.trim() ?? '', createdAt: parseDate(asString(annotation.created_at)) },
    ];
  });
  const authors = asArray(entry.published_by).map(asString).filter(Boolean).join(', ');
  const publishedAt = parseDate(asString(entry.published_at));
  const hasContent = typeof entry.content === 'string' && entry.content.trim() !== '';
  addItem(
    result,
    {
      url: asString(entry.url) ?? asString(entry.given_url),
      title: asString(entry.title)?.trim(),
      tags: normalizeTags(
        asArray(entry.tags)
          .map(tagName)
          .filter((tag): tag is string => tag !== null),
      ),
      state: parseFlag(entry.is_archived) ? 'archived' : 'unread',
      favorite: parseFlag(entry.is_starred),
      savedAt: parseDate(asString(entry.created_at)),
      highlights,
      author: optionalText(authors),
      ...(publishedAt !== null ? { publishedAt } : {}),
      ...(hasContent ? { readContent } : {}),
    },
    origin,
  );
}
