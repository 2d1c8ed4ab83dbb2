import type { Extraction } from '../extract/types';
import { sanitizeToParts } from '../shared/sanitize';
import { hostOf } from '../shared/urls';

/**
 * An Extraction for a page kept as a link ("Save the link anyway"): its title and address, and a
 * body that says why there is no text, so the Library lists it and the reader explains it.
 */
export function linkExtraction(
  tab: { url: string; title: string },
  note: string,
  doc: Document = document,
): Extraction {
  const paragraph = doc.createElement('p');
  paragraph.textContent = note;
  const link = doc.createElement('p');
  const anchor = doc.createElement('a');
  anchor.href = tab.url;
  anchor.textContent = tab.url;
  link.append(anchor);
  const body = doc.createElement('div');
  body.append(paragraph, link);
  const { html } = sanitizeToParts(body, doc.defaultView ?? window);
  return {
    url: tab.url,
    title: tab.title || hostOf(tab.url),
    byline: null,
    siteName: null,
    lang: null,
    dir: null,
    publishedTime: null,
    leadImage: null,
    excerpt: note,
    wordCount: 0,
    readingMinutes: 0,
    html,
    text: note,
  };
}
