import { toPlainText } from '../extract/to-plain-text';
import { wordStats } from '../extract/word-stats';
import { listImageUrls } from '../saving/image-urls';
import type { Article, ArticleSnapshot } from '../shared/article';
import { sanitizeToParts } from '../shared/sanitize';
import { DEFAULT_COLOUR } from '../highlights/colours';
import { makeTarget, type Highlight } from '../highlights/highlight';
import { placeQuotes } from '../highlights/place-quotes';
import { buildTextMap } from '../highlights/text-map';
import type { ImportItem } from './types';

/**
 * The records an imported item becomes: an article with its body when the export carried the
 * page (sanitized here, as every stored body is; its images are listed as missing until their
 * site is allowed), else a placeholder marked "not downloaded yet" that the Library lists and
 * the reader fetches on opening. Its highlights and note come with it.
 */
export async function snapshotOfItem(
  item: ImportItem,
  now: number,
  win: Window = globalThis.window,
): Promise<ArticleSnapshot> {
  const html = item.readContent ? await readContent(item) : null;
  const article: Article = {
    id: crypto.randomUUID(),
    url: item.url,
    pageUrl: item.url,
    title: item.title,
    byline: item.author ?? null,
    siteName: null,
    lang: null,
    dir: null,
    publishedTime: item.publishedAt === undefined ? null : new Date(item.publishedAt).toISOString(),
    excerpt: item.excerpt ?? null,
    leadImage: null,
    wordCount: 0,
    readingMinutes: 0,
    savedAt: item.savedAt ?? now,
    updatedAt: now,
    imageCount: 0,
    missingImageCount: 0,
    archived: item.state === 'archived',
    favorite: item.favorite,
    tags: item.tags,
    progress: item.progress,
  };
  const notes = notesOfItem(item, article.id, now);
  if (html === null || html.trim() === '')
    return { article: { ...article, notDownloaded: true }, body: null, images: [], notes };
  const { body, html: safe } = sanitizeToParts(html, win);
  const text = toPlainText(body);
  // The export carried the page: its highlights (quotes only) are placed in it at once.
  const placed = new Map(
    placeQuotes(buildTextMap(body).text, notes.highlights, now).map((highlight) => [highlight.id, highlight]),
  );
  notes.highlights = notes.highlights.map((highlight) => placed.get(highlight.id) ?? highlight);
  const stats = wordStats(text);
  return {
    article: { ...article, ...stats, missingImageCount: listImageUrls(safe).length },
    body: { articleId: article.id, html: safe, text },
    images: [],
    notes,
  };
}

/**
 * The item's highlights as Highlights of the article: a quote only, with no context and position
 * 0–0, which anchoring reads as "find this quote" once the article's text is there (an orphan,
 * kept and listed, if it cannot be placed). Its note becomes the article's Note.
 */
function notesOfItem(item: ImportItem, articleId: string, now: number): NonNullable<ArticleSnapshot['notes']> {
  const highlights = item.highlights.map((highlight): Highlight => ({
    id: crypto.randomUUID(),
    articleId,
    colour: DEFAULT_COLOUR,
    note: highlight.note,
    target: makeTarget({ exact: highlight.quote, prefix: '', suffix: '' }, { start: 0, end: 0 }),
    createdAt: highlight.createdAt ?? item.savedAt ?? now,
    updatedAt: highlight.createdAt ?? item.savedAt ?? now,
  }));
  const note = item.note
    ? { id: crypto.randomUUID(), articleId, text: item.note, createdAt: now, updatedAt: now }
    : null;
  return { highlights, note };
}

async function readContent(item: ImportItem): Promise<string | null> {
  try {
    return (await item.readContent?.()) ?? null;
  } catch (error) {
    // The page could not be read back from the export: the item still comes in, to download.
    console.warn('Liseuse: imported content unreadable, kept as not downloaded', item.url, error);
    return null;
  }
}
