import { HIGHLIGHT_COLOURS, type HighlightColour } from '../highlights/colours';
import { wrapSpans } from '../highlights/mark-ranges';
import { buildTextMap, type TextMap } from '../highlights/text-map';
import { rangeAt } from '../highlights/text-points';

/** A highlight placed in the current text, ready to paint. */
export interface PlacedHighlight {
  id: string;
  colour: HighlightColour;
  start: number;
  end: number;
}

/** Paints an article's highlights and finds the one under a click. */
export interface HighlightPainter {
  /** True when painting through the CSS Custom Highlight API (the article DOM is untouched). */
  readonly native: boolean;
  /** Paints `placed` (replacing what was painted), `focused` drawn on top with an outline. */
  paint(placed: readonly PlacedHighlight[], focused: string | null): void;
  /** The id of the highlight under a viewport point, the most recently painted first; null if none. */
  hitTest(x: number, y: number): string | null;
  /** A Range over a painted highlight (to scroll to it or place a toolbar next to it). */
  rangeOf(id: string): Range | null;
  /** The text map to read selections with (rebuilt after `<mark>` wrapping split text nodes). */
  map(): TextMap;
  /** Removes every painted highlight. */
  clear(): void;
}

/** CSS highlight names: one per colour (reader CSS styles them), and one for the focused highlight. */
export const highlightName = (colour: HighlightColour) => `liseuse-${colour}`;
/** The CSS highlight name of the focused highlight. */
export const FOCUS_HIGHLIGHT = 'liseuse-focus';
/** Attribute on fallback `<mark>` elements: the ids of the highlights they paint. */
export const MARK_IDS_ATTRIBUTE = 'data-liseuse-highlights';

type HighlightRegistry = Map<string, unknown>;
interface HighlightApi {
  registry: HighlightRegistry;
  make(ranges: Range[], priority: number): unknown;
}

/** The CSS Custom Highlight API of `win`, when it has one (Chrome 105+, Firefox 140+, Safari 17.2+). */
function highlightApi(win: Window): HighlightApi | null {
  const scope = win as unknown as {
    CSS?: { highlights?: HighlightRegistry };
    Highlight?: new (...ranges: Range[]) => { priority: number };
  };
  const registry = scope.CSS?.highlights;
  const Constructor = scope.Highlight;
  if (!registry || typeof Constructor !== 'function') return null;
  return {
    registry,
    make: (ranges, priority) => {
      const highlight = new Constructor(...ranges);
      highlight.priority = priority;
      return highlight;
    },
  };
}

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * A painter for the article body `root`. With the CSS Custom Highlight API the sanitized DOM is
 * never modified and clicks are hit-tested against the ranges' rectangles; without it (older
 * browsers) highlights are wrapped in `<mark>` elements, unwrapped again on every repaint.
 */
export function createHighlightPainter(root: HTMLElement): HighlightPainter {
  const win = root.ownerDocument.defaultView as Window;
  const api = highlightApi(win);
  let textMap = buildTextMap(root);
  let painted: { id: string; range: Range }[] = [];

  const unwrap = () => {
    const marks = [...root.querySelectorAll(`mark[${MARK_IDS_ATTRIBUTE}]`)];
    if (marks.length === 0) return;
    for (const mark of marks) mark.replaceWith(...mark.childNodes);
    root.normalize();
    textMap = buildTextMap(root);
  };

  const clear = () => {
    if (api) {
      for (const colour of HIGHLIGHT_COLOURS) api.registry.delete(highlightName(colour));
      api.registry.delete(FOCUS_HIGHLIGHT);
    } else {
      unwrap();
    }
    painted = [];
  };

  const paintNative = (active: HighlightApi, placed: readonly PlacedHighlight[], focused: string | null) => {
    const byColour = new Map<HighlightColour, Range[]>();
    painted = [];
    for (const highlight of placed) {
      const range = rangeAt(textMap, highlight.start, highlight.end);
      if (!range) continue;
      painted.push({ id: highlight.id, range });
      byColour.set(highlight.colour, [...(byColour.get(highlight.colour) ?? []), range]);
    }
    for (const colour of HIGHLIGHT_COLOURS) {
      const ranges = byColour.get(colour);
      if (ranges) active.registry.set(highlightName(colour), active.make(ranges, 1));
      else active.registry.delete(highlightName(colour));
    }
    const focus = painted.find((entry) => entry.id === focused);
    if (focus) active.registry.set(FOCUS_HIGHLIGHT, active.make([focus.range], 2));
    else active.registry.delete(FOCUS_HIGHLIGHT);
  };

  const paintMarks = (placed: readonly PlacedHighlight[], focused: string | null) => {
    unwrap();
    const colourOf = new Map(placed.map((highlight) => [highlight.id, highlight.colour]));
    const doc = root.ownerDocument;
    wrapSpans(textMap, placed, (ids) => {
      const mark = doc.createElement('mark');
      const top = ids[ids.length - 1];
      mark.className = `liseuse-mark ${highlightName(colourOf.get(top) ?? 'yellow')}${ids.includes(focused ?? '') ? ' liseuse-focus' : ''}`;
      mark.setAttribute(MARK_IDS_ATTRIBUTE, ids.join(' '));
      return mark;
    });
    textMap = buildTextMap(root);
    painted = placed.flatMap((highlight) => {
      const range = rangeAt(textMap, highlight.start, highlight.end);
      return range ? [{ id: highlight.id, range }] : [];
    });
  };

  return {
    native: api !== null,
    paint(placed, focused) {
      if (api) paintNative(api, placed, focused);
      else paintMarks(placed, focused);
    },
    hitTest(x, y) {
      for (let index = painted.length - 1; index >= 0; index -= 1) {
        if (containsPoint(painted[index].range, x, y)) return painted[index].id;
      }
      return null;
    },
    rangeOf(id) {
      return painted.find((entry) => entry.id === id)?.range ?? null;
    },
    map: () => textMap,
    clear,
  };
}
