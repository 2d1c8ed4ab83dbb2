/**
 * Stand-in for lib/extract/to-markdown.ts in the injected /extract.js ONLY (wxt.config.ts swaps
 * it in): turndown would push that bundle past its 40 KB gzipped budget, so the page returns
 * no Markdown and the extension computes it before saving (lib/ensure-markdown.ts).
 */
export function toMarkdown(root: Element): string {
  void root;
  return '';
}
