import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualList } from '../../components/library/VirtualList';
import { scrollToRow, virtualWindow } from '../../lib/library/virtual-window';

describe('virtualWindow', () => {
  it('keeps only a screenful of rows (plus overscan) out of 10,000', () => {
    const win = virtualWindow(10_000, 92, 0, 800, 4);
    expect(win).toEqual({ start: 0, end: 14, offsetTop: 0, totalHeight: 920_000 });
    const far = virtualWindow(10_000, 92, 92 * 5000, 800, 4);
    expect(far.start).toBe(4996);
    expect(far.end - far.start).toBeLessThanOrEqual(18);
    expect(far.offsetTop).toBe(4996 * 92);
  });

  it('stops at the ends of the list', () => {
    expect(virtualWindow(3, 92, 0, 800)).toMatchObject({ start: 0, end: 3 });
    expect(virtualWindow(100, 92, 1e9, 800)).toMatchObject({ start: 96, end: 100 });
    expect(virtualWindow(0, 92, 0, 800)).toMatchObject({ start: 0, end: 0, totalHeight: 0 });
  });

  it('scrolls just enough to bring a row into view', () => {
    expect(scrollToRow(0, 100, 0, 500)).toBeNull();
    expect(scrollToRow(10, 100, 0, 500)).toBe(600);
    expect(scrollToRow(2, 100, 500, 500)).toBe(200);
  });
});

describe('VirtualList', () => {
  afterEach(cleanup);

  it('renders about a screenful of 10,000 rows, and the right ones after scrolling', () => {
    const { container } = render(
      <VirtualList
        count={10_000}
        rowHeight={50}
        active={-1}
        label="rows"
        renderRow={(i) => <li key={i}>row {i}</li>}
      />,
    );
    const rows = () => [...container.querySelectorAll('li')].map((li) => li.textContent);
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(40);
    expect(rows()[0]).toBe('row 0');

    const scroller = container.querySelector('.virtual-list')!;
    scroller.scrollTop = 50 * 6000;
    fireEvent.scroll(scroller);
    expect(rows().length).toBeLessThan(40);
    expect(rows()).toContain('row 6000');
    expect(rows()).not.toContain('row 0');
  });

  it('scrolls the keyboard-active row into view', () => {
    const { container } = render(
      <VirtualList
        count={10_000}
        rowHeight={50}
        active={2500}
        label="rows"
        renderRow={(i) => <li key={i}>row {i}</li>}
      />,
    );
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toContain('row 2500');
  });
});
