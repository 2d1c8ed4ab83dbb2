// @vitest-environment node
// jsdom, as the command line sanitizes: DOMPurify does not sanitize under happy-dom.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { parsesBackWithParse5 } from '../../lib/cli/parses-back-with-parse5';
import { sanitizeToParts, sanitizeTreeToParts } from '../../lib/shared/sanitize';
import { extractedInTwoPlaces } from '../support/extracted-in-two-places';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');

interface FixturePage {
  name: string;
  file: string;
  url: string;
}

/** Every whole page the unit tests hold: the seed, the per-language pages, and the hostile pages. */
function fixturePages(): FixturePage[] {
  const seed = JSON.parse(readFileSync(join(fixtures, 'seed-article/expected.json'), 'utf8')) as { url: string };
  const pageDirs = readdirSync(join(fixtures, 'pages')).filter((name) =>
    existsSync(join(fixtures, 'pages', name, 'expected.json')),
  );
  const hostile = readdirSync(join(fixtures, 'hostile/pages')).filter((name) => name.endsWith('.html'));
  return [
    { name: 'seed-article', file: join(fixtures, 'seed-article/page.html'), url: seed.url },
    ...pageDirs.map((name) => ({
      name: `pages/${name}`,
      file: join(fixtures, 'pages', name, 'page.html'),
      url: (JSON.parse(readFileSync(join(fixtures, 'pages', name, 'expected.json'), 'utf8')) as { url: string }).url,
    })),
    ...hostile.map((name) => ({
      name: `hostile/${name}`,
      file: join(fixtures, 'hostile/pages', name),
      url: 'https://lac.example/articles/calme.html',
    })),
  ];
}

describe("sanitizing the pipeline's own copy where it stands", () => {
  const pages = fixturePages();
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const win = window as unknown as Window;

  /** An article root in a document of its own, as the pipeline's copy of the page is. */
  function aCopiedArticle(html: string): Element {
    return new window.DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild!;
  }

  it('sanitizes a tree whose HTML parses back to it where it stands, as its HTML would be', () => {
    const html =
      '<p onclick="steal()">Un <a href="https://lac.example/">lac</a><script>alert(1)</script> <img src="https://lac.example/lac.jpg" onerror="steal()"></p>';
    const root = aCopiedArticle(html);
    const expected = sanitizeToParts(root.outerHTML, win);

    const { body, html: safe } = sanitizeTreeToParts(root, win, parsesBackWithParse5);

    expect(body.firstChild).toBe(root);
    expect(safe).toBe(expected.html);
    expect(safe).toBe(
      '<div><p>Un <a href="https://lac.example/" rel="noopener noreferrer" target="_blank">lac</a> <img src="https://lac.example/lac.jpg"></p></div>',
    );
  });

  it('sanitizes its HTML instead when the tree would parse into another (a heading inside a paragraph)', () => {
    const root = aCopiedArticle('<p>Avant</p>');
    root.firstElementChild!.appendChild(root.ownerDocument.createElement('h2')).append('Titre');
    const expected = sanitizeToParts(root.outerHTML, win);

    const { body, html: safe } = sanitizeTreeToParts(root, win, parsesBackWithParse5);

    expect(safe).toBe(expected.html);
    expect(safe).toBe('<div><p>Avant</p><h2>Titre</h2><p></p></div>');
    expect(body.innerHTML).toBe(safe);
  });

  it('reads the seed page, the per-language pages and the hostile pages', () => {
    expect(pages.length).toBeGreaterThan(200);
  });

  it('sanitizes its HTML instead when DOMPurify refuses the tree in place (a root it forbids)', () => {
    const root = new window.DOMParser().parseFromString('<form><p>Un lac</p></form>', 'text/html').body
      .firstElementChild!;
    const expected = sanitizeToParts(root.outerHTML, win);

    const { html: safe } = sanitizeTreeToParts(root, win, parsesBackWithParse5);

    expect(safe).toBe(expected.html);
    expect(safe).toBe('<p>Un lac</p>');
  });

  it.each(pages.map((page) => [page.name, page] as const))(
    '%s: the command line gives exactly the article the extension gives',
    (_name, page) => {
      const html = readFileSync(page.file, 'utf8');
      const dom = new JSDOM(html, { url: page.url, virtualConsole: new VirtualConsole() });
      const doc = dom.window.document;

      const inTwoPlaces = extractedInTwoPlaces(doc, page.url);
      const asTheCommandLine = extractArticle(doc, { url: page.url, parsesBackTo: parsesBackWithParse5 });

      expect(asTheCommandLine).toEqual(inTwoPlaces);
      dom.window.close();
    },
  );
});
