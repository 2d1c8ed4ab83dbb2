import { writeArticle } from '../../lib/storage/articles';
import { makeExtraction } from './make-extraction';

/** Saves an article made of `text` at `url` as the popup would, without images; throws if the write fails. */
export async function saveArticle(url: string, title: string, text: string) {
  const result = await writeArticle({
    extraction: makeExtraction(url, title, text),
    pageUrl: url,
    images: [],
    missingImageCount: 0,
  });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}
