/** Which rows of a long list to render, and where. */
export interface VirtualWindow {
  /** First row to render (inclusive). */
  start: number;
  /** Row after the last one to render (exclusive). */
  end: number;
  /** Pixels above the first rendered row (the rows not rendered). */
  offsetTop: number;
  /** Height of the whole list, so the scrollbar tells the truth. */
  totalHeight: number;
}

/**
 * Fixed-height windowing: only the rows in view, plus `overscan` on each side so a quick scroll
 * never shows a blank, are in the DOM; 10,000 articles cost the same as 20.
 */
export function virtualWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
  overscan = 4,
): VirtualWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(viewportHeight / rowHeight) + 1;
  const start = Math.max(0, Math.min(count, first) - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end, offsetTop: start * rowHeight, totalHeight: count * rowHeight };
}

/** The scroll position that brings row `index` into view, or null when it already is. */
export function scrollToRow(
  index: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
): number | null {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return null;
}

/** How many rows of `rowHeight` a viewport of `viewportHeight` shows, the last one partly: the first screen. */
export function rowsInView(rowHeight: number, viewportHeight: number): number {
  return Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
}
