import { LINE_ELEMENTS } from '../shared/block-elements';

/**
 * The article's normalized text, and where each piece of it lives in the DOM.
 *
 * Highlights are stored as offsets and quotes over this text, not over the DOM, so they survive
 * a re-render, a new sanitizer or a re-save of the page. The normalization is chosen to be
 * stable across those: whitespace runs (spaces, line breaks, non-breaking and thin spaces) become
 * one space, soft hyphens and zero-width characters vanish, and every block (paragraph, heading,
 * list item, cell…) ends with a line break, so words of two paragraphs never run together.
 * Preformatted text (`<pre>`) is kept as it is. The map answers both ways: a DOM point to an
 * offset (lib/highlights/text-points.ts) and an offset back to a DOM point.
 */

/** Elements that begin and end a line of the normalized text: each table cell too. */
const BLOCKS: ReadonlySet<string> = new Set([...LINE_ELEMENTS, 'td', 'th']);

/** Elements whose text the reader never sees (and so can never select). */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'video', 'audio', 'svg']);

/** Soft hyphen and zero-width characters: invisible, and pages add or drop them between saves. */
const INVISIBLE_RUN = /[\u00ad\u200b\u200c\u200d\u2060]+/g;
/** Whitespace as JavaScript's `\s` reads it (so U+00A0 and U+202F too). */
const SPACE_RUN = /\s+/g;

/** The same whitespace as `\s`, by code unit, for the per-character walks below. */
function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The same characters as INVISIBLE_RUN, by code unit. */
function isInvisible(code: number): boolean {
  return code === 0xad || code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060;
}

/** One text node's share of the normalized text. */
export interface TextSegment {
  node: Text;
  /** Offsets in the normalized text, `end` exclusive. */
  start: number;
  end: number;
  /** True when the node's text was normalized (false inside `<pre>`: one character each). */
  normalized: boolean;
  /** True when the text before this node ended in whitespace (a leading space is then dropped). */
  afterSpace: boolean;
}

/** An article root's normalized text and its text nodes, in document order. */
export interface TextMap {
  root: Element;
  text: string;
  segments: TextSegment[];
  /** Position of each text node in `segments`. */
  segmentOf: Map<Text, number>;
}

/** Reads the normalized text of `root` (the rendered article body) and maps it to text nodes. */
export function buildTextMap(root: Element): TextMap {
  const chunks: string[] = [];
  const segments: TextSegment[] = [];
  const segmentOf = new Map<Text, number>();
  let length = 0;
  let last = '';
  let lastIsCollapsedSpace = false;

  const breakLine = () => {
    if (last === '' || last === '\n') return;
    if (lastIsCollapsedSpace) {
      // The space a block ended with becomes its line break (it still maps to that whitespace).
      const chunk = chunks[chunks.length - 1];
      chunks[chunks.length - 1] = `${chunk.slice(0, -1)}\n`;
    } else {
      chunks.push('\n');
      length += 1;
    }
    last = '\n';
    lastIsCollapsedSpace = false;
  };

  const addText = (node: Text, inPre: boolean) => {
    const afterSpace = last === '' || isSpace(last.charCodeAt(0));
    const out = inPre ? node.data : normalizeRun(node.data, afterSpace);
    if (!out) return;
    segmentOf.set(node, segments.length);
    segments.push({ node, start: length, end: length + out.length, normalized: !inPre, afterSpace });
    chunks.push(out);
    length += out.length;
    last = out[out.length - 1];
    lastIsCollapsedSpace = !inPre && last === ' ';
  };

  const walk = (parent: Node, inPre: boolean): void => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        addText(child as Text, inPre);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const name = (child as Element).localName;
      if (SKIPPED.has(name)) continue;
      if (name === 'br') {
        breakLine();
        continue;
      }
      const block = BLOCKS.has(name);
      if (block) breakLine();
      walk(child, inPre || name === 'pre');
      if (block) breakLine();
    }
  };

  walk(root, false);
  // The last block's line break ends nothing: drop it when it is not the page's own whitespace.
  if (last === '\n' && chunks[chunks.length - 1] === '\n' && segments[segments.length - 1]?.end !== length) {
    chunks.pop();
    length -= 1;
  }
  return { root, text: chunks.join(''), segments, segmentOf };
}

/** Normalizes one text node's data: invisible characters dropped, whitespace runs made one space. */
function normalizeRun(raw: string, afterSpace: boolean): string {
  const out = raw.replace(INVISIBLE_RUN, '').replace(SPACE_RUN, ' ');
  return afterSpace && out.startsWith(' ') ? out.slice(1) : out;
}

/**
 * Where, in a segment's raw node data, its `emitted`-th normalized character is (edge 'start'),
 * or where the raw text just after it ends (edge 'end', with `emitted` characters before it).
 */
export function rawOffsetIn(segment: TextSegment, emitted: number, edge: 'start' | 'end'): number {
  const raw = segment.node.data;
  if (!segment.normalized) return Math.min(emitted, raw.length);
  if (edge === 'end' && emitted === 0) return rawOffsetIn(segment, 0, 'start');
  let count = 0;
  let space = segment.afterSpace;
  for (let index = 0; index < raw.length; index += 1) {
    const code = raw.charCodeAt(index);
    if (isInvisible(code)) continue;
    const blank = isSpace(code);
    if (blank && space) continue;
    space = blank;
    if (edge === 'start' && count === emitted) return index;
    count += 1;
    if (edge === 'end' && count === emitted) return index + 1;
  }
  return raw.length;
}

/** How many normalized characters a segment emits before raw offset `rawOffset` of its node. */
export function emittedBefore(segment: TextSegment, rawOffset: number): number {
  const raw = segment.node.data;
  const stop = Math.min(rawOffset, raw.length);
  if (!segment.normalized) return stop;
  let count = 0;
  let space = segment.afterSpace;
  for (let index = 0; index < stop; index += 1) {
    const code = raw.charCodeAt(index);
    if (isInvisible(code)) continue;
    const blank = isSpace(code);
    if (blank && space) continue;
    space = blank;
    count += 1;
  }
  return Math.min(count, segment.end - segment.start);
}
