import { asArray, asRecord, asString } from './json-fields';
import { addItem } from './source-result';
import { parseDate } from './parse-values';
import type { ImportedHighlight, ItemOrigin, SourceResult } from './types';

/**
 * Reads one entry of Pocket's `annotations/part_*.json`: `{url, title, highlights: [{quote,
 * created_at}]}` (created_at in Unix seconds). It becomes an item that the article's CSV row
 * merges into; an article that is only here still comes in, with its highlights.
 */
export function readPocketAnnotation(entry: Record<string, unknown>, origin: ItemOrigin, result: SourceResult): void {
  const highlights: ImportedHighlight[] = asArray(entry.highlights).flatMap((value) => {
    const highlight = asRecord(value);
    const quote = asString(highlight?.quote)?.trim();
    if (!highlight || !quote) return [];
    return [
      { quote, note: asString(highlight.note)?.trim() ?? '', createdAt: parseDate(asString(highlight.created_at)) },
    ];
  });
  addItem(result, { url: asString(entry.url), title: asString(entry.title)?.trim(), highlights }, origin);
}
