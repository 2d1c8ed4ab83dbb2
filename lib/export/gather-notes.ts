import { getArticle, getArticleBody, getArticleImages } from '../storage/articles';
import { readArticleNotes } from '../storage/highlights';
import type { ArticleNotes } from './article-notes';
import type { EpubArticle } from './epub-chapter';

/**
 * The notes of the articles `ids` for an export, in the order given; articles no longer in the
 * Library are left out. With `withBodies` (EPUB) each article also brings its body and images.
 */
export async function gatherNotes(ids: readonly string[], withBodies: boolean): Promise<EpubArticle[]> {
  const notes = await readArticleNotes(ids);
  const items: EpubArticle[] = [];
  for (const id of ids) {
    const article = await getArticle(id);
    if (!article) continue;
    const { highlights, note } = notes.get(id) ?? { highlights: [], note: null };
    const item: ArticleNotes = { article, highlights, note };
    if (!withBodies) {
      items.push({ ...item, html: '', images: new Map() });
      continue;
    }
    const [body, images] = await Promise.all([getArticleBody(id), getArticleImages(id)]);
    items.push({ ...item, html: body?.html ?? '', images });
  }
  return items;
}
