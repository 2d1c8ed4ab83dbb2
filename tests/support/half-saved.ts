import type { DatabaseDump } from '../../scripts/test-page/hooks';

/**
 * What a half-saved article would leave in a Library: details without body, a body or images
 * without details, fewer images than announced, search entries for a missing article. Empty when
 * every article is whole.
 */
export function halfSaved(library: DatabaseDump): string[] {
  const articles = (library.articles ?? []) as { id: string; imageCount: number }[];
  const bodies = (library.bodies ?? []) as { articleId: string }[];
  const images = (library.images ?? []) as { articleId: string }[];
  const terms = (library.articleTerms ?? []) as { articleId: string }[];
  const journal = (library.searchIndex ?? []) as { op: string; doc?: { id: string }; id?: string }[];
  const ids = new Set(articles.map((article) => article.id));
  const problems: string[] = [];
  for (const article of articles) {
    if (!bodies.some((body) => body.articleId === article.id)) problems.push(`details without body: ${article.id}`);
    const kept = images.filter((image) => image.articleId === article.id).length;
    if (kept !== article.imageCount) problems.push(`${article.id}: ${kept} images stored, ${article.imageCount} announced`);
    if (!terms.some((entry) => entry.articleId === article.id)) problems.push(`not in the full-text index: ${article.id}`);
  }
  for (const body of bodies) if (!ids.has(body.articleId)) problems.push(`body without details: ${body.articleId}`);
  for (const image of images) if (!ids.has(image.articleId)) problems.push(`image without details: ${image.articleId}`);
  for (const entry of terms) if (!ids.has(entry.articleId)) problems.push(`search entry for a missing article: ${entry.articleId}`);
  // The journal is replayed in order: its last word on each id must match what is stored.
  const last = new Map<string, string>();
  for (const op of journal) {
    if (op.op === 'put' && op.doc) last.set(op.doc.id, 'put');
    if (op.op === 'remove' && op.id) last.set(op.id, 'remove');
  }
  for (const [id, op] of last) if (op === 'put' && !ids.has(id)) problems.push(`search journal names a missing article: ${id}`);
  return problems;
}
