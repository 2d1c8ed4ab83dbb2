/** Where a floating toolbar or popover goes: page coordinates (scrolls with the text). */
export interface FloatingPlace {
  top: number;
  left: number;
}

/** The reader's selection as a Range when it is not collapsed and touches `root`; else null. */
export function selectionRangeIn(root: Element): Range | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  return range.intersectsNode(root) ? range : null;
}

/** Space between a passage and the toolbar under it, in pixels. */
const GAP = 8;

/** A place just under `range` (its last line), in page coordinates, kept inside the window. */
export function placeUnder(range: Range, width = 320): FloatingPlace {
  const rects = range.getClientRects();
  const last = rects.length > 0 ? rects[rects.length - 1] : range.getBoundingClientRect();
  const view = range.startContainer.ownerDocument?.defaultView;
  const scrollX = view?.scrollX ?? 0;
  const scrollY = view?.scrollY ?? 0;
  const maxLeft = Math.max(GAP, (view?.innerWidth ?? width) - width - GAP);
  return { top: last.bottom + scrollY + GAP, left: Math.min(Math.max(GAP, last.left + scrollX), maxLeft + scrollX) };
}
