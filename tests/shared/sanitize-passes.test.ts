// @vitest-environment node
// jsdom, as the command line sanitizes: DOMPurify does not sanitize under happy-dom.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeToElement } from '../../lib/shared/sanitize';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');

describe('sanitizing an article with links', () => {
  it('gives HTML that a second pass leaves as it is (two passes prove the fixed point, not three)', () => {
    const html = [
      '<p><a href="https://lac.example/un" title="Un">un</a>, <a href="https://lac.example/deux" target="_self" rel="author">deux</a>,',
      '<a href="#haut" target="_blank">haut</a>, <a rel="opener" href="mailto:lac@lac.example">courriel</a></p>',
      '<map><area href="https://lac.example/zone" alt="zone"></map>',
    ].join('');
    const once = sanitizeToElement(html, window as unknown as Window).innerHTML;
    expect(once).toContain('rel="noopener noreferrer" target="_blank"');
    expect(sanitizeToElement(once, window as unknown as Window).innerHTML).toBe(once);
  });
});
