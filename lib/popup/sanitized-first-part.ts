import type { ExtractionFirstPart, UnsanitizedFirstPart } from '../extract/types';
import { sanitizeToParts } from '../shared/sanitize';

/**
 * The page sends its first screen unsanitized (the script a click injects carries no sanitizer):
 * sanitized here, in the popup, before anything shows it.
 */
export function sanitizedFirstPart(first: UnsanitizedFirstPart): ExtractionFirstPart {
  return { ...first, html: sanitizeToParts(first.html).html };
}
