import type { ImportedHighlight } from './types';

/** The link Omnivore appends to a quote, back to the highlight in its web app. */
const BACK_LINK = /\s*\[⤴️?\]\([^)]*\)\s*$/u;

/**
 * Reads Omnivore's `highlights/<slug>.md`: each highlight is a Markdown quote block (`> …`,
 * ending with a "⤴️" link back to Omnivore), followed by its note as plain paragraphs. Lines
 * before the first quote (a heading) are not highlights.
 */
export function readOmnivoreHighlights(markdown: string): ImportedHighlight[] {
  const highlights: { quote: string[]; note: string[] }[] = [];
  let inQuote = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.startsWith('>')) {
      if (!inQuote) highlights.push({ quote: [], note: [] });
      highlights[highlights.length - 1].quote.push(line.replace(/^>\s?/, ''));
      inQuote = true;
    } else {
      inQuote = false;
      if (highlights.length > 0) highlights[highlights.length - 1].note.push(line);
    }
  }
  return highlights
    .map(({ quote, note }) => ({
      quote: quote.join('\n').replace(BACK_LINK, '').trim(),
      note: note.join('\n').trim(),
      createdAt: null,
    }))
    .filter((highlight) => highlight.quote !== '');
}
