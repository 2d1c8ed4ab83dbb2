import { normalizeTags } from '../shared/tags';
import { scanHtmlTags } from './scan-html-tags';
import { addItem, emptyResult, optionalText, type ItemFields } from './source-result';
import { parseDate, splitTags } from './parse-values';
import type { SourceResult } from './types';

/**
 * Folders that browsers create themselves (bookmarks bar, "Other bookmarks"): where a bookmark
 * sits in them says nothing about its subject, so they do not become tags.
 */
const BROWSER_FOLDER_FLAGS = ['personal_toolbar_folder', 'unfiled_bookmarks_folder'];

/**
 * Reads a Netscape bookmark file (`<!DOCTYPE NETSCAPE-Bookmark-file-1>`), as browsers and
 * Raindrop.io export them: each `<A HREF ADD_DATE TAGS>` is an item, its folders (the `<H3>`
 * before each enclosing `<DL>`) become tags, and a `<DD>` after it is its description.
 */
export function readNetscapeBookmarks(html: string, file: string): SourceResult {
  const result = emptyResult('netscape-bookmarks');
  const folders: (string | null)[] = [];
  let pendingFolder: string | null = null;
  let capture: { target: 'folder' | 'link' | 'description'; text: string } | null = null;
  let link: { fields: ItemFields; line: number } | null = null;
  // A bookmark ends where the next tag of the structure starts (`<DT>`, `<DL>`, `</DL>`…): its
  // `<DD>` description is never closed.
  const finishLink = () => {
    if (link && capture?.target === 'description') link.fields.excerpt = optionalText(capture.text);
    if (link && capture?.target === 'link') link.fields.title = capture.text.trim();
    if (link) addItem(result, link.fields, { file, line: link.line });
    link = null;
    capture = null;
  };
  for (const token of scanHtmlTags(html)) {
    if (token.kind === 'text') {
      if (capture) capture.text += token.text;
      continue;
    }
    const opens = token.kind === 'open';
    if (token.name === 'h3' && opens) {
      finishLink();
      const browserFolder = BROWSER_FOLDER_FLAGS.some((flag) => flag in token.attributes);
      capture = browserFolder ? null : { target: 'folder', text: '' };
      pendingFolder = null;
    } else if (token.name === 'h3') {
      pendingFolder = capture?.target === 'folder' ? capture.text.trim() || null : null;
      capture = null;
    } else if (token.name === 'dl') {
      finishLink();
      if (opens) folders.push(pendingFolder);
      else folders.pop();
      pendingFolder = null;
    } else if (token.name === 'a' && opens) {
      finishLink();
      const { href, add_date: added, tags } = token.attributes;
      const folderTags = folders.filter((folder): folder is string => folder !== null);
      const allTags = normalizeTags([...folderTags, ...splitTags(tags, ',')]);
      link = { line: token.line, fields: { url: href, savedAt: parseDate(added), tags: allTags } };
      capture = { target: 'link', text: '' };
    } else if (token.name === 'a' && link && capture?.target === 'link') {
      link.fields.title = capture.text.trim();
      capture = null;
    } else if (token.name === 'dd' && opens && link) {
      capture = { target: 'description', text: '' };
    } else if (token.name === 'dt' && opens) {
      finishLink();
    }
  }
  finishLink();
  return result;
}
