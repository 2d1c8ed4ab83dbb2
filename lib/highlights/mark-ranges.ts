import { rawOffsetIn, type TextMap } from './text-map';

/** A placed highlight: its id and its offsets in the map's normalized text. */
export interface PlacedSpan {
  id: string;
  start: number;
  end: number;
}

/** One piece of text to wrap: [from, to) of a text node, covered by the highlights `ids`. */
interface Piece {
  node: Text;
  from: number;
  to: number;
  ids: string[];
  /** Highlights that end with this piece (something may be inserted after it). */
  endingIds: string[];
}

/** Cuts overlapping spans into elementary intervals, each with the ids covering it (in span order). */
function intervals(spans: readonly PlacedSpan[]): { start: number; end: number; ids: string[] }[] {
  const cuts = [...new Set(spans.flatMap((span) => [span.start, span.end]))].sort((a, b) => a - b);
  const result: { start: number; end: number; ids: string[] }[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const [start, end] = [cuts[index], cuts[index + 1]];
    const ids = spans.filter((span) => span.start <= start && span.end >= end).map((span) => span.id);
    if (ids.length > 0) result.push({ start, end, ids });
  }
  return result;
}

function piecesOf(map: TextMap, spans: readonly PlacedSpan[]): Piece[] {
  const pieces: Piece[] = [];
  const lastEnd = new Map(spans.map((span) => [span.id, span.end]));
  // Intervals come in text order and never overlap, so the segment cursor only moves forward.
  let cursor = 0;
  for (const interval of intervals(spans)) {
    while (cursor < map.segments.length && map.segments[cursor].end <= interval.start) cursor += 1;
    for (let index = cursor; index < map.segments.length; index += 1) {
      const segment = map.segments[index];
      if (segment.start >= interval.end) break;
      const from = rawOffsetIn(segment, Math.max(interval.start, segment.start) - segment.start, 'start');
      const to = rawOffsetIn(segment, Math.min(interval.end, segment.end) - segment.start, 'end');
      if (to > from) pieces.push({ node: segment.node, from, to, ids: interval.ids, endingIds: [] });
    }
    const last = pieces[pieces.length - 1];
    if (last) last.endingIds.push(...interval.ids.filter((id) => lastEnd.get(id) === interval.end));
  }
  return pieces;
}

/**
 * Wraps the text of placed highlights in elements made by `wrap` (e.g. `<mark>`), one element
 * per piece of a text node, so overlapping highlights never nest. `after(id)` may return a node
 * to insert right after a highlight's last piece (a note reference). Only for documents Liseuse
 * owns: an export copy, or the reader when the CSS Custom Highlight API is missing. Returns each
 * highlight's first element. The map is stale afterwards (its text nodes were split).
 */
export function wrapSpans(
  map: TextMap,
  spans: readonly PlacedSpan[],
  wrap: (ids: readonly string[]) => Element,
  after?: (id: string) => Node | null,
): Map<string, Element> {
  const firstElements = new Map<string, Element>();
  const pieces = piecesOf(
    map,
    spans.filter((span) => span.end > span.start),
  );
  // Right to left, so that splitting a node never moves the offsets of pieces still to do.
  for (const piece of [...pieces].reverse()) {
    const middle = piece.from > 0 ? piece.node.splitText(piece.from) : piece.node;
    if (piece.to - piece.from < middle.data.length) middle.splitText(piece.to - piece.from);
    const element = wrap(piece.ids);
    middle.replaceWith(element);
    element.append(middle);
    let anchor: Node = element;
    for (const id of piece.endingIds) {
      const extra = after?.(id);
      if (!extra) continue;
      anchor.parentNode?.insertBefore(extra, anchor.nextSibling);
      anchor = extra;
    }
    for (const id of piece.ids) firstElements.set(id, element);
  }
  return firstElements;
}
