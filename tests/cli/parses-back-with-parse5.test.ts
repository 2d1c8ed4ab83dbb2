// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parsesBackWithParse5 } from '../../lib/cli/parses-back-with-parse5';
import { parsesBackInWindow } from '../../lib/shared/sanitize';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
const win = window as unknown as Window;
const { document } = window;
const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';

/** A detached body holding what `build` puts in it, and the HTML to check against it. */
function aBody(build: (body: HTMLElement) => void, html?: string): { body: HTMLElement; html: string } {
  const body = document.createElement('body');
  build(body);
  return { body, html: html ?? body.innerHTML };
}

/** `html` parsed as the sanitizer parses it (DOMParser: scripting off, so <noscript> holds markup). */
function parsed(html: string): { body: HTMLElement; html: string } {
  return { body: new window.DOMParser().parseFromString(html, 'text/html').body, html };
}

const cases: [string, { body: HTMLElement; html: string }, boolean][] = [
  [
    'paragraphs, a link and a comment',
    parsed('<p>Un <b>lac</b> <a href="/x">gelé</a></p><!-- note --><p>Deux</p>'),
    true,
  ],
  [
    'SVG with its adjusted names and a namespaced link',
    parsed('<svg viewBox="0 0 8 8"><foreignObject></foreignObject><a xlink:href="#a"><text>t</text></a></svg>'),
    true,
  ],
  ['MathML', parsed('<math><mi>x</mi><mo>=</mo><mn>2</mn></math>'), true],
  ['a table with its body', parsed('<table><tbody><tr><td>1</td></tr></tbody></table>'), true],
  ['noscript content, read as markup with scripting off', parsed('<noscript><p>sans script</p></noscript>'), true],
  [
    'leading whitespace kept in front of the body',
    aBody((body) => body.append(document.createTextNode('\n  '), document.createElement('p')), '\n  <p></p>'),
    true,
  ],
  [
    'leading whitespace the body holds merged with its first text',
    aBody((body) => body.append(document.createTextNode('\n  Un lac')), '\n  Un lac'),
    false,
  ],
  [
    'a heading inside a paragraph, which the parser moves out',
    aBody((body) =>
      body.appendChild(document.createElement('p')).appendChild(document.createElement('h2')).append('Titre'),
    ),
    false,
  ],
  [
    'a link inside a link',
    aBody((body) =>
      body.appendChild(document.createElement('a')).appendChild(document.createElement('a')).append('lien'),
    ),
    false,
  ],
  [
    'text straight inside a table, which the parser fosters out',
    aBody((body) => body.appendChild(document.createElement('table')).append('perdu')),
    false,
  ],
  [
    'an HTML span inside SVG, which the parser breaks out of it',
    aBody((body) => body.appendChild(document.createElementNS(SVG, 'svg')).appendChild(document.createElement('span'))),
    false,
  ],
  [
    'an xlink:href set without its namespace',
    aBody((body) => body.appendChild(document.createElementNS(SVG, 'svg')).setAttribute('xlink:href', '#a')),
    false,
  ],
  [
    'an xlink:href in its namespace',
    aBody((body) => body.appendChild(document.createElementNS(SVG, 'svg')).setAttributeNS(XLINK, 'xlink:href', '#a')),
    true,
  ],
  ['an attribute whose value differs', { ...parsed('<p title="un">x</p>'), html: '<p title="deux">x</p>' }, false],
  ['an attribute more', { ...parsed('<p>x</p>'), html: '<p title="un">x</p>' }, false],
  ['a template, whose content is not compared', parsed('<p>a</p><template><p>x</p></template>'), false],
];

describe("parse5's proof that sanitized HTML parses back to its tree", () => {
  it.each(cases)('%s', (_name, { body, html }, parsesBack) => {
    expect(parsesBackWithParse5(html, body)).toBe(parsesBack);
  });

  it.each(cases.filter(([name]) => !name.startsWith('a template')))(
    "gives the window's verdict: %s",
    (_name, { body, html }) => {
      expect(parsesBackWithParse5(html, body)).toBe(parsesBackInWindow(win)(html, body));
    },
  );
});
