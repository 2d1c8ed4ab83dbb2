/** Gives lazy-loaded images their real `src` (data-src, data-lazy-src, noscript, picture). */
export function resolveLazyImages(root: Element): void {
  // STUB: replaced by the real step.
  void root;
}
