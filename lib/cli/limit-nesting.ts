/**
 * How deep elements nest once parsed, as in Chromium's HTML parser (kMaximumHTMLParserDOMTreeDepth):
 * past it, browsers add elements as siblings instead of children. jsdom has no such limit, and
 * its tree code recurses: a page of 5,000 nested divs overflows Node's stack when cloned.
 */
export const MAX_NESTING = 512;

/**
 * Flattens what nests deeper than `max` under `root`, as a browser's parser would have: the
 * children of an element at the deepest level are moved right after it, in order, so every
 * element and every word stays, in reading order, at most `max` levels down. Iterative: it must
 * not overflow the stack itself. A page within the limit is left as it is.
 */
export function limitNesting(root: Element, max = MAX_NESTING): void {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth >= max) {
      flattenInto(element);
      continue;
    }
    for (let child = element.lastElementChild; child !== null; child = child.previousElementSibling)
      stack.push([child, depth + 1]);
  }
}

/**
 * Moves every descendant of `element` after it, in document order, each emptied of its children.
 * Deepest first (reverse document order): each node is empty by the time it moves, so no move
 * carries a deep subtree (which jsdom walks recursively).
 */
function flattenInto(element: Element): void {
  const descendants: ChildNode[] = [];
  const pending: ChildNode[] = Array.from(element.childNodes).reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    descendants.push(node);
    for (let child = node.lastChild; child !== null; child = child.previousSibling) pending.push(child);
  }
  for (let index = descendants.length - 1; index >= 0; index -= 1) element.after(descendants[index]);
}
