/**
 * Replaces MathJax 3's rendered formulas (`<mjx-container>`) with the MathML it keeps for screen
 * readers (`<mjx-assistive-mml><math>`). The rendered part is a tree of custom elements marked
 * aria-hidden, which Readability removes as invisible, taking every formula with it; the MathML
 * is what browsers display natively and what DOMPurify allows.
 */
export function resolveMath(root: Element): void {
  for (const container of Array.from(root.getElementsByTagName('mjx-container'))) {
    const math = container.querySelector('mjx-assistive-mml > math');
    if (math) container.replaceWith(math);
  }
}
