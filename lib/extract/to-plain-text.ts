/** Plain text of an article body, one line per block. */
export function toPlainText(root: Element): string {
  // STUB: replaced by the real step.
  return root.textContent ?? '';
}
