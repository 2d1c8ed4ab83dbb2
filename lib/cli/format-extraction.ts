import type { Extraction } from '../extract';
import { escapeMarkdownText } from '../export/html-to-markdown';
import type { Format } from './parse-args';

/** The fields `--format json` prints, in this order. */
const JSON_FIELDS = [
  'url',
  'title',
  'byline',
  'siteName',
  'lang',
  'dir',
  'publishedTime',
  'leadImage',
  'excerpt',
  'wordCount',
  'readingMinutes',
  'doubt',
  'html',
  'text',
] as const satisfies ReadonlyArray<keyof Extraction>;

/** Whether `format` prints Markdown, which the extraction leaves out (lib/export/html-to-markdown.ts). */
export function needsMarkdown(format: Format): boolean {
  return format === 'json' || format === 'markdown';
}

/**
 * One extraction as the command prints it. `batch` is true when several inputs are extracted:
 * JSON then goes on one line per article (NDJSON) so that tools can read it as a stream. Text is
 * the body alone, so that it can be counted, diffed or fed to other tools; `withTitle` puts the
 * title on its first line. Markdown and HTML are documents, and always open with the title.
 */
export function formatExtraction(
  source: string,
  extraction: Extraction,
  markdown: string | null,
  format: Format,
  batch: boolean,
  withTitle = false,
): string {
  switch (format) {
    case 'json': {
      const record: Record<string, unknown> = { source };
      for (const field of JSON_FIELDS) record[field] = extraction[field] ?? null;
      record.markdown = markdown;
      return batch ? JSON.stringify(record) : JSON.stringify(record, null, 2);
    }
    case 'markdown':
      // The title is the page's text: it stays text in Markdown too (no HTML, no heading marks).
      return `# ${escapeMarkdownText(extraction.title.replace(/\s+/g, ' '))}\n\n${markdown ?? ''}\n`;
    case 'text':
      return withTitle ? `${extraction.title}\n\n${extraction.text}\n` : `${extraction.text}\n`;
    case 'html':
      return htmlDocument(extraction);
  }
}

function htmlDocument(extraction: Extraction): string {
  const lang = extraction.lang ? ` lang="${escapeHtml(extraction.lang)}"` : '';
  const dir = extraction.dir ? ` dir="${extraction.dir}"` : '';
  // The body is the sanitizer's output; only the title and attributes need escaping here.
  return `<!DOCTYPE html>\n<html${lang}${dir}>\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(extraction.title)}</title>\n</head>\n<body>\n<article>\n<h1>${escapeHtml(extraction.title)}</h1>\n${extraction.html}\n</article>\n</body>\n</html>\n`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);
}
