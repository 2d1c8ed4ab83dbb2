// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture } from './run-cli';

/**
 * jsdom's CSS code throws 'SyntaxError: ")" is expected' on some real pages while it builds the
 * document, so the retry must parse text that has no styles left. The parser is wrapped here to
 * throw that error on any HTML that still carries a style, as the failing page did.
 */
const parsed: string[] = [];
let failEveryTime = false;
vi.mock('../../lib/cli/parse-html', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../lib/cli/parse-html')>();
  return {
    ...original,
    parseHtml(html: string, url: string): JSDOM {
      parsed.push(html);
      if (failEveryTime || /<style|style=/i.test(html))
        throw Object.assign(new Error('")" is expected'), { name: 'SyntaxError' });
      return original.parseHtml(html, url);
    },
  };
});

const { extractSource } = await import('../../lib/cli/extract-source');
const { withoutStyles } = await import('../../lib/cli/parse-html');

describe('extractSource', () => {
  beforeEach(() => {
    parsed.length = 0;
    failEveryTime = false;
  });

  it('extracts a page whose styles make jsdom throw, by parsing it again without any', async () => {
    const result = await extractSource(fixture('styled.html'), 'https://coast.example/2024/styled');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.extraction.text).toContain('The keepers of the north coast lit the lamp at dusk');
    expect(parsed).toHaveLength(2);
    expect(parsed[1]).not.toMatch(/<style|style=/i);
  });

  it('extracts a page whose frames jsdom cannot close (an <iframe> inside <svg>)', async () => {
    const prose = '<p>Les gardiens de la côte nord allumaient la lampe au crépuscule, chaque soir de l’hiver.</p>';
    const page = `<!doctype html><html><head><title>Le phare</title></head><body><article><h1>Le phare</h1>${prose}<svg><iframe><p><p><iframe>${prose.repeat(3)}</article></body></html>`;
    const file = join(mkdtempSync(join(tmpdir(), 'liseuse-frames-')), 'phare.html');
    writeFileSync(file, page);
    const result = await extractSource(file, 'https://coast.example/phare');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.extraction.text).toContain('allumaient la lampe');
  });

  it('says what failed, both times, when the page cannot be parsed at all', async () => {
    failEveryTime = true;
    const failed = await extractSource(fixture('styled.html'), null);
    expect(failed).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^extraction failed \(SyntaxError: "\)" is expected; first try: SyntaxError: "\)" is expected\)\. Please report this page\.$/,
      ),
    });
  });
});

describe('withoutStyles', () => {
  it('removes style sheets, stylesheet links and style attributes, and nothing else', () => {
    const html =
      '<head><link rel="stylesheet" href="a.css"><link rel="canonical" href="/a"><style>p{color:red}</style></head>' +
      '<body><p style="color: rgb(1,2" class="x">Text style="kept" here</p><img src="a.jpg" style=\'width:1px\'></body>';
    expect(withoutStyles(html)).toBe(
      '<head><link rel="canonical" href="/a"></head>' +
        '<body><p class="x">Text style="kept" here</p><img src="a.jpg"></body>',
    );
  });

  it('removes a style sheet never closed, which the parser reads to the end of the page', () => {
    expect(withoutStyles('<p>Kept</p><style>p { color: red }<p>CSS text, not a paragraph</p>')).toBe('<p>Kept</p>');
  });
});
