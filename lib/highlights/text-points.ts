import { emittedBefore, rawOffsetIn, type TextMap, type TextSegment } from './text-map';

/** A DOM boundary point: a node and an offset in it. */
export interface DomPoint {
  node: Node;
  offset: number;
}

/**
 * The normalized-text offset of a DOM boundary point (a selection's start or end). A point
 * between elements, or in text the map skips, counts as the start of the next mapped text.
 */
export function offsetAt(map: TextMap, node: Node, offset: number): number {
  const index = node.nodeType === 3 ? map.segmentOf.get(node as Text) : undefined;
  if (index !== undefined) {
    const segment = map.segments[index];
    return segment.start + emittedBefore(segment, offset);
  }
  const probe = map.root.ownerDocument.createRange();
  probe.setStart(node, offset);
  // First segment whose text starts at or after the point (segments are in document order).
  let low = 0;
  let high = map.segments.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (probe.comparePoint(map.segments[middle].node, 0) >= 0) high = middle;
    else low = middle + 1;
  }
  return low < map.segments.length ? map.segments[low].start : map.text.length;
}

/** Index of the last segment whose start is at most `offset` (or strictly below it), -1 if none. */
function lastSegmentFrom(segments: readonly TextSegment[], offset: number, strict: boolean): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const start = segments[middle].start;
    if (strict ? start < offset : start <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * The DOM point of a normalized-text offset. `edge` says which side of a range it is: a start
 * never sits at the very end of a text node when the next one begins there, and an end never
 * at the very start of one, so ranges hug the words they cover.
 */
export function pointAt(map: TextMap, offset: number, edge: 'start' | 'end'): DomPoint | null {
  const { segments } = map;
  if (segments.length === 0) return null;
  if (edge === 'start') {
    const index = lastSegmentFrom(segments, offset, false);
    const segment = segments[Math.max(0, index)];
    if (index >= 0 && offset < segment.end) {
      return { node: segment.node, offset: rawOffsetIn(segment, offset - segment.start, 'start') };
    }
    // In a line break between blocks (or past the end): the next text's start, else the end.
    const next = segments[index + 1];
    if (next) return { node: next.node, offset: rawOffsetIn(next, 0, 'start') };
    return { node: segment.node, offset: segment.node.data.length };
  }
  const index = lastSegmentFrom(segments, offset, true);
  if (index < 0) return { node: segments[0].node, offset: rawOffsetIn(segments[0], 0, 'start') };
  const segment = segments[index];
  const emitted = Math.min(offset, segment.end) - segment.start;
  return { node: segment.node, offset: rawOffsetIn(segment, emitted, 'end') };
}

/** A live DOM Range over normalized-text offsets [start, end), or null when the map is empty. */
export function rangeAt(map: TextMap, start: number, end: number): Range | null {
  const from = pointAt(map, start, 'start');
  const to = pointAt(map, Math.max(start, end), 'end');
  if (!from || !to) return null;
  const range = map.root.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  // A start in a later node than the end (an empty span between blocks) collapses to the start.
  if (range.collapsed && (range.startContainer !== from.node || range.startOffset !== from.offset)) {
    range.setStart(from.node, from.offset);
    range.collapse(true);
  }
  return range;
}
