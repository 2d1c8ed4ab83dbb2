/** Markdown of an article body. */
export function toMarkdown(root: Element): string {
  // STUB: replaced by the real step.
  return root.textContent ?? '';
}
