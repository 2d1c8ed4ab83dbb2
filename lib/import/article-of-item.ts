import { toPlainText } from '../extract/to-plain-text';
import { wordStats } from '../extract/word-stats';
import { listImageUrls } from '../saving/image-urls';
import type { Article, ArticleSnapshot } from '../shared/article';
import { sanitizeToParts } from '../shared/sanitize';
import type { ImportItem } from './types';

/**
 * The records an imported item becomes: an article with its body when the export carried the
 * page (sanitized here, as every stored body is; its images are listed as missing until their
 * site is allowed), else a placeholder marked "not downloaded yet" that the Library lists and
 * the reader fetches on opening.
 */
export async function snapshotOfItem(item: ImportItem, now: number, win: Window = globalThis.window): Promise<ArticleSnapshot> {
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
  if (html === null || html.trim() === '') return { article: { ...article, notDownloaded: true }, body: null, images: [] };
  const { body, html: safe } = sanitizeToParts(html, win);
  const text = toPlainText(body);
  const stats = wordStats(text);
  return {
    article: { ...article, ...stats, missingImageCount: listImageUrls(safe).length },
    body: { articleId: article.id, html: safe, text },
    images: [],
  };
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
