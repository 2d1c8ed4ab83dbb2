import { scanHtmlTags } from './scan-html-tags';
import { addItem, emptyResult, type ItemFields } from './source-result';
import { parseDate, splitTags } from './parse-values';
import type { SourceResult } from './types';

/**
 * Reads Pocket's export before 2025, `ril_export.html`: an `<h1>Unread</h1>` list and an
 * `<h1>Read Archive</h1>` list of `<a href time_added tags>` links (tags separated by commas).
 */
export function readPocketHtml(html: string, file: string): SourceResult {
  const result = emptyResult('pocket-html');
  let heading: string | null = null;
  let archived = false;
  let link: { fields: ItemFields; line: number; title: string } | null = null;
  for (const token of scanHtmlTags(html)) {
    if (token.kind === 'text') {
      if (link) link.title += token.text;
      if (heading !== null) heading += token.text;
    } else if (token.name === 'h1') {
      if (token.kind === 'open') heading = '';
      else if (heading !== null) archived = /archive/i.test(heading);
      if (token.kind === 'close') heading = null;
    } else if (token.name === 'a' && token.kind === 'open') {
      const { href, time_added: added, tags } = token.attributes;
      const fields: ItemFields = {
        url: href,
        savedAt: parseDate(added),
        tags: splitTags(tags, ','),
        state: archived ? 'archived' : 'unread',
      };
      link = { fields, line: token.line, title: '' };
    } else if (token.name === 'a' && link) {
      addItem(result, { ...link.fields, title: link.title.trim() }, { file, line: link.line });
      link = null;
    }
  }
  if (link) addItem(result, { ...link.fields, title: link.title.trim() }, { file, line: link.line });
  return result;
}
