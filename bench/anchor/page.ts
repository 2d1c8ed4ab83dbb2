/**
 * The part of bench/anchor that runs inside Chromium (bundled by run.ts with esbuild). It builds
 * a long article in the page, places 300 highlights on it, then times, round after round and in
 * alternating order, Liseuse's anchoring against a baseline of plain `indexOf` on the same page.
 */
import { anchorAll } from '../../lib/highlights/anchor';
import { describeOffsets } from '../../lib/highlights/describe-range';
import { createHighlight, quoteOf, type Highlight } from '../../lib/highlights/highlight';
import { buildTextMap } from '../../lib/highlights/text-map';
import { rangeAt } from '../../lib/highlights/text-points';
import { articleHtml, paragraphHtml, paragraphText } from '../../tests/highlights/article-text';

/** What one scenario measured, in milliseconds per round. */
export interface ScenarioTimes {
  name: string;
  baseline: number[];
  total: number[];
  textMap: number[];
  anchoring: number[];
  ranges: number[];
  paint: number[];
  methods: Record<string, number>;
}

/** What the page reports back. */
export interface BenchReport {
  characters: number;
  highlights: number;
  scenarios: ScenarioTimes[];
}

function mount(html: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'article-body';
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  root.append(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
  document.body.replaceChildren(root);
  return root;
}

function highlightsOn(root: HTMLElement, count: number): Highlight[] {
  const { text } = buildTextMap(root);
  const highlights: Highlight[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = Math.floor((index * text.length) / count) + 5;
    const target = describeOffsets(text, start, start + 40 + ((index * 37) % 160));
    if (target) highlights.push(createHighlight({ articleId: 'bench', target }));
  }
  return highlights;
}

/** Plain exact search: the page's text and one indexOf per quote, nothing else. */
function baseline(root: HTMLElement, highlights: readonly Highlight[]): number {
  const text = root.textContent ?? '';
  let found = 0;
  for (const highlight of highlights) if (text.indexOf(quoteOf(highlight).exact) !== -1) found += 1;
  return found;
}

function liseuse(root: HTMLElement, highlights: readonly Highlight[], times: ScenarioTimes): void {
  const t0 = performance.now();
  const map = buildTextMap(root);
  const t1 = performance.now();
  const anchorings = anchorAll(map.text, highlights);
  const t2 = performance.now();
  const ranges: Range[] = [];
  for (const anchoring of anchorings.values()) {
    if (anchoring.status !== 'anchored') continue;
    const range = rangeAt(map, anchoring.start, anchoring.end);
    if (range) ranges.push(range);
  }
  const t3 = performance.now();
  CSS.highlights.set('liseuse-bench', new Highlight(...ranges));
  const t4 = performance.now();
  CSS.highlights.delete('liseuse-bench');
  times.textMap.push(t1 - t0);
  times.anchoring.push(t2 - t1);
  times.ranges.push(t3 - t2);
  times.paint.push(t4 - t3);
  times.total.push(t4 - t0);
  times.methods = {};
  for (const anchoring of anchorings.values()) {
    const key = anchoring.status === 'anchored' ? anchoring.method : 'orphan';
    times.methods[key] = (times.methods[key] ?? 0) + 1;
  }
}

function scenario(name: string, html: string, highlights: readonly Highlight[], rounds: number): ScenarioTimes {
  const root = mount(html);
  const times: ScenarioTimes = {
    name,
    baseline: [],
    total: [],
    textMap: [],
    anchoring: [],
    ranges: [],
    paint: [],
    methods: {},
  };
  // Warm-up (JIT), then rounds in alternating order so that drift hits both alike.
  baseline(root, highlights);
  liseuse(root, highlights, { ...times, total: [], textMap: [], anchoring: [], ranges: [], paint: [] });
  for (let round = 0; round < rounds; round += 1) {
    const runBaseline = () => {
      const start = performance.now();
      baseline(root, highlights);
      times.baseline.push(performance.now() - start);
    };
    if (round % 2 === 0) runBaseline();
    liseuse(root, highlights, times);
    if (round % 2 === 1) runBaseline();
  }
  return times;
}

/** Runs every scenario on an article of `paragraphs` paragraphs with `count` highlights. */
export function runAnchorBench(paragraphs: number, count: number, rounds: number): BenchReport {
  const original = articleHtml(paragraphs);
  const highlights = highlightsOn(mount(original), count);
  const characters = buildTextMap(mount(original)).text.length;
  const inserted = `<p>${paragraphText(100_000)}</p>\n${original}`;
  // 30 passages whose page text changed by one letter (a typo fixed), on top of the insertion.
  const typoed = new Set(
    highlights.filter((_, index) => index % 10 === 0).map((highlight) => quoteOf(highlight).exact),
  );
  const edited = `<p>${paragraphText(100_000)}</p>\n${articleHtml(paragraphs, (index) => {
    let text = paragraphText(index);
    for (const quote of typoed) {
      const at = text.indexOf(quote.slice(0, 20));
      if (at !== -1) text = `${text.slice(0, at + 10)}x${text.slice(at + 11)}`;
    }
    return paragraphHtml(index, text);
  })}`;
  return {
    characters,
    highlights: highlights.length,
    scenarios: [
      scenario('re-render (stored positions hold)', original, highlights, rounds),
      scenario('re-saved, a paragraph inserted at the top (every position stale)', inserted, highlights, rounds),
      scenario('re-saved, inserted paragraph and 30 passages with one letter changed', edited, highlights, rounds),
    ],
  };
}

(globalThis as unknown as { runAnchorBench: typeof runAnchorBench }).runAnchorBench = runAnchorBench;
