import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { scrollToRow, virtualWindow } from '../../lib/library/virtual-window';

export type VirtualListProps = {
  count: number;
  /** Every row has this height in pixels (the CSS of a row must agree). */
  rowHeight: number;
  /** Row to keep in view (the keyboard's active row), -1 for none. */
  active: number;
  label: string;
  renderRow: (index: number) => ComponentChildren;
};

/**
 * A scrolling list that renders only the rows in view (fixed row height), so the Library
 * stays fast with 10,000 articles. It fills the height its parent gives it.
 */
export function VirtualList({ count, rowHeight, active, label, renderRow }: VirtualListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // A first guess before layout: a typical window; measured right after mounting.
  const [viewport, setViewport] = useState(800);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setViewport(element.clientHeight || window.innerHeight);
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(element);
    return () => observer?.disconnect();
  }, []);

  useEffect(() => {
    const element = ref.current;
    if (!element || active < 0) return;
    const next = scrollToRow(active, rowHeight, element.scrollTop, element.clientHeight || viewport);
    if (next !== null) {
      element.scrollTop = next;
      setScrollTop(next);
    }
  }, [active, rowHeight, viewport]);

  const win = virtualWindow(count, rowHeight, scrollTop, viewport);
  const rows = [];
  for (let index = win.start; index < win.end; index += 1) rows.push(renderRow(index));

  return (
    <div ref={ref} class="virtual-list" onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <div style={{ height: `${win.totalHeight}px`, position: 'relative' }}>
        <ul class="virtual-list-rows" aria-label={label} style={{ transform: `translateY(${win.offsetTop}px)` }}>
          {rows}
        </ul>
      </div>
    </div>
  );
}
