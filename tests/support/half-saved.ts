import type { DatabaseDump } from '../../scripts/test-page/hooks';

/**
 * What a half-saved article would leave in a Library: details without body or list record, a
 * body, images or list record without details, fewer images than announced, text neither indexed
 * nor waiting for the index. Empty when every article is whole.
 */
export function halfSaved(library: DatabaseDump): string[] {
  const articles = (library.articles ?? []) as { id: string; imageCount: number }[];
  const bodies = (library.bodies ?? []) as { articleId: string }[];
  const images = (library.images ?? []) as { articleId: string }[];
  const items = (library.libraryItems ?? []) as { id: string; textDoc: number | null }[];
  const pending = new Set(((library.textPending ?? []) as { articleId: string }[]).map((entry) => entry.articleId));
  // Posting lists are Uint32Arrays, which the dump gives as { "0": code, "1": code, … }; a code is the article's number × 2 (+1 in its lead).
  const posted = new Set(
    ((library.textPostings ?? []) as { docs: Record<string, number> }[]).flatMap((block) =>
      Object.values(block.docs).map((code) => code >>> 1),
    ),
  );
  const ids = new Set(articles.map((article) => article.id));
  const problems: string[] = [];
  for (const article of articles) {
    if (!bodies.some((body) => body.articleId === article.id)) problems.push(`details without body: ${article.id}`);
    const kept = images.filter((image) => image.articleId === article.id).length;
    if (kept !== article.imageCount)
      problems.push(`${article.id}: ${kept} images stored, ${article.imageCount} announced`);
    const item = items.find((candidate) => candidate.id === article.id);
    if (!item) problems.push(`details without a list record: ${article.id}`);
    // Its text is either in the full-text index or waiting for the index worker: never neither.
    else if (!pending.has(article.id) && (item.textDoc === null || !posted.has(item.textDoc)))
      problems.push(`not in the full-text index: ${article.id}`);
  }
  for (const body of bodies) if (!ids.has(body.articleId)) problems.push(`body without details: ${body.articleId}`);
  for (const image of images) if (!ids.has(image.articleId)) problems.push(`image without details: ${image.articleId}`);
  for (const item of items) if (!ids.has(item.id)) problems.push(`list record for a missing article: ${item.id}`);
  return problems;
}
