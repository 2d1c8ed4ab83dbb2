// @vitest-environment node
// Node with jsdom (as the command line parses): DOMPurify does not sanitize under happy-dom.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { markdownOfHtml } from '../../lib/export/html-to-markdown';
import { addressToFileUnder } from '../../lib/shared/same-site';
import { collapsed, HOSTILE_CASES, hostilePage } from '../support/hostile-corpus';
import { checkArticleOutputs, markdownText } from '../support/output-invariants';

const ORIGIN = 'https://attacker.example';
const pageUrl = (id: string) => `https://lac.example/hostile/${id}.html`;

describe('hostile corpus through the extraction pipeline (jsdom)', () => {
  it('has at least 60 pages, covering every class of attack', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HOSTILE_CASES.map((test) => test.kind))).toEqual(
      new Set([
        'script',
        'handler',
        'url',
        'mutation',
        'iframe',
        'form',
        'base',
        'metadata',
        'remote',
        'template',
        'escaped text',
        'links',
        'clobbering',
      ]),
    );
  });

  it.each(HOSTILE_CASES.map((test) => [test.id, test] as const))('%s', (id, test) => {
    const url = pageUrl(id);
    const { window } = new JSDOM(hostilePage(id, ORIGIN), { url });

    const result = extractArticle(window.document, { url });

    if (!result.ok) throw new Error(`${id}: no article (${result.reason}: ${result.detail ?? ''})`);
    const extraction = {
      ...result.extraction,
      markdown: markdownOfHtml(result.extraction.html, window as unknown as Window),
    };
    expect(checkArticleOutputs(extraction, id)).toEqual([]);
    const markdown = markdownText(extraction.markdown);
    expect(test.mustShow.filter((phrase) => !collapsed(extraction.text).includes(phrase))).toEqual([]);
    expect(test.mustShow.filter((phrase) => !markdown.includes(phrase))).toEqual([]);
    if (test.filedUnderPage) expect(addressToFileUnder(extraction.url, url)).toBe(url);
    expect(JSON.stringify(extraction)).not.toContain('{{ORIGIN}}');
  });
});
