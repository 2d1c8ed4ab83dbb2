// @vitest-environment node
// Node with jsdom (as the command line parses): DOMPurify does not sanitize under happy-dom.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { closeWindow, parseHtml, withoutStyles } from '../../lib/cli/parse-html';
import { extractArticleInSlices } from '../../lib/extract';
import { markdownOfHtml } from '../../lib/export/html-to-markdown';
import { sanitizeToElement, sanitizeToParts } from '../../lib/shared/sanitize';
import { checkHtml, checkMarkdown } from '../support/output-invariants';

// Random, often malformed HTML (hostile tags, attributes and values, unbalanced tags, comments,
// CDATA, entities) through the sanitizer and through the whole pipeline. Properties: it never
// throws, never runs past its time budget, never yields HTML that the sanitizer (DOMPurify as
// Liseuse configures it) would still change, and never breaks an output invariant.
// `LISEUSE_FUZZ_RUNS` sets the number of cases (CI: 300; a quick `npm test` run: 60).
// `LISEUSE_FUZZ_SEED` sets the seed. By default it is fixed, so that `npm test` and CI try the
// same cases every time and a red run is never a new random draw blocking an unrelated change;
// `npm run fuzz` draws new cases (seed "random") and prints the seed of any counterexample.
const RUNS = Number(process.env.LISEUSE_FUZZ_RUNS ?? 60);
const SEED_SETTING = process.env.LISEUSE_FUZZ_SEED ?? '20261203';
const SEED = SEED_SETTING === 'random' ? {} : { seed: Number(SEED_SETTING) };
const BUDGET_MS = 4_000;
/** Far past the budget: only a hang gets there (this is no speed test). */
const HANG_MS = 60_000;

const TAGS = [
  'p',
  'div',
  'span',
  'a',
  'b',
  'i',
  'em',
  'h2',
  'ul',
  'li',
  'table',
  'tr',
  'td',
  'img',
  'br',
  'pre',
  'code',
  'blockquote',
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'template',
  'noscript',
  'xmp',
  'title',
  'meta',
  'base',
  'link',
  'video',
  'audio',
  'source',
  'picture',
  'details',
  'summary',
  'svg',
  'image',
  'use',
  'rect',
  'foreignObject',
  'desc',
  'filter',
  'feImage',
  'animate',
  'set',
  'math',
  'mi',
  'mtext',
  'mglyph',
  'malignmark',
  'annotation-xml',
  'lac-widget',
];
const ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'poster',
  'action',
  'formaction',
  'xlink:href',
  'style',
  'fill',
  'filter',
  'background',
  'onerror',
  'onload',
  'onclick',
  'OnMouseOver',
  'id',
  'name',
  'class',
  'title',
  'alt',
  'target',
  'rel',
  'srcdoc',
  'data-src',
  'is',
  'attributeName',
  'to',
  'values',
  'encoding',
  'shadowrootmode',
  'content',
  'http-equiv',
  'lang',
  'dir',
];
const VALUES = [
  'javascript:alert(1)',
  ' JaVa&#x09;ScRiPt:alert(1)',
  'java\nscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:image/png;base64,iVBORw0KGgo=',
  'https://lac.example/a.png',
  'http://lac.example/b',
  '/relatif.png',
  '#ancre',
  'mailto:a@lac.example',
  'url(https://leak.example/x)',
  'u\\72l(https://leak.example/y)',
  'url(#local)',
  'alert(1)',
  '"><img src=x onerror=alert(1)>',
  '</style><img src=x onerror=alert(1)>',
  '--><script>alert(1)</script>',
  'parentNode',
  'attributes',
  'getAttribute',
  'nodeName',
  'body',
  'text/html',
  '0;url=javascript:alert(1)',
  'open',
  '',
];
const TEXTS = [
  'Le lac était calme. ',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&lt;img src=x onerror=alert(1)&gt;',
  '[lien](javascript:alert(1))',
  '<javascript:alert(1)>',
  '&amp;lt;',
  ' * liste _emph_ `code` ',
  '<!--',
  '-->',
  ']]>',
  '<![CDATA[',
  '</p>',
  '</svg>',
  '</math>',
  '\u0000',
  'é ü ✓ ',
];

const attribute = fc
  .tuple(fc.constantFrom(...ATTRIBUTES), fc.constantFrom(...VALUES))
  .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`);

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.array(attribute, { maxLength: 3 }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.boolean(),
      )
      .map(
        ([tag, attributes, children, closed]) =>
          `<${tag}${attributes.join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`,
      ),
  ),
}));
const randomHtml = fc.array(node, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

const PROSE =
  '<p>Le lac était calme ce matin-là, et la brume se levait lentement au-dessus de l’eau, laissant apparaître les collines qui l’entourent.</p>';
const articlePage = (inside: string) =>
  `<!DOCTYPE html><html lang="fr"><head><title>Au bord du lac</title></head><body><article><h1>Au bord du lac</h1>${PROSE}${inside}${PROSE}${PROSE}</article></body></html>`;

const jsdomWindow = new JSDOM('').window as unknown as Window;

/**
 * The page parsed as the command line parses it: jsdom throws on some styles while it builds a
 * document (`<base xlink:href>` then `<style>`, found here), and the command parses such a page
 * again without them (lib/cli/extract-source.ts).
 */
function parsePage(html: string, url: string): JSDOM {
  try {
    return parseHtml(html, url);
  } catch {
    return parseHtml(withoutStyles(html), url);
  }
}

describe('random HTML', () => {
  it(
    `through the sanitizer: a fixed point within the invariants (${RUNS} cases)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(randomHtml, async (html) => {
          // jsdom tracks node iterators (DOMPurify walks with one) through WeakRefs, which keep
          // each parsed document alive until the current job ends: one job per case, else a long
          // `npm run fuzz` runs out of memory (about 1 MB per case).
          await new Promise((resolve) => setImmediate(resolve));
          const once = sanitizeToParts(html, jsdomWindow).html;
          expect(sanitizeToParts(once, jsdomWindow).html).toBe(once);
          // What the reader shows (one more pass, components/article/ArticleView.tsx) is what was stored.
          expect(sanitizeToElement(once, jsdomWindow).innerHTML).toBe(once);
          expect(checkHtml(once)).toEqual([]);
        }),
        { numRuns: RUNS, ...SEED },
      );
    },
    20 * 60_000,
  );

  it(
    `through the whole pipeline: an answer within the budget, within the invariants (${RUNS} cases)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(randomHtml, async (html) => {
          const url = 'https://lac.example/article.html';
          const dom = parsePage(articlePage(html), url);
          const { window } = dom;
          const started = performance.now();
          const result = await extractArticleInSlices(window.document, {
            url,
            deadline: started + BUDGET_MS,
            yieldToPage: () => new Promise((resolve) => setImmediate(resolve)),
          });
          closeWindow(dom);
          expect(performance.now() - started).toBeLessThan(HANG_MS);
          if (!result.ok) {
            expect(['no-article', 'timeout']).toContain(result.reason);
            return;
          }
          const output = result.extraction.html;
          const markdown = markdownOfHtml(output, jsdomWindow);
          expect(sanitizeToParts(output, jsdomWindow).html).toBe(output);
          expect(sanitizeToElement(output, jsdomWindow).innerHTML).toBe(output);
          expect(checkHtml(output)).toEqual([]);
          expect(checkMarkdown(markdown)).toEqual([]);
        }),
        { numRuns: RUNS, ...SEED },
      );
    },
    20 * 60_000,
  );
});
