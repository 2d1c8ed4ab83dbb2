// @vitest-environment node
// jsdom, as the command line sanitizes: DOMPurify does not sanitize under happy-dom.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeToElement, sanitizeToParts } from '../../lib/shared/sanitize';

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

describe('sanitizing to HTML that parses back to the sanitized tree', () => {
  const win = window as unknown as Window;

  it('gives HTML the reader shows as it is, after one pass when it parses back to the same tree', () => {
    const html =
      '\n  <p>Un <b>lac</b><button>Partager</button> gelé.</p><p>Deux <a href="https://lac.example/">lacs</a>.</p>';
    const { body, html: safe } = sanitizeToParts(html, win);
    expect(safe).toBe(
      '\n  <p>Un <b>lac</b>Partager gelé.</p><p>Deux <a href="https://lac.example/" rel="noopener noreferrer" target="_blank">lacs</a>.</p>',
    );
    expect(sanitizeToElement(safe, win).innerHTML).toBe(safe);
    expect(body.innerHTML).toBe(safe);
  });

  it('sanitizes again when the HTML would parse into another tree (a paragraph left inside a paragraph)', () => {
    // The button goes, its content stays: the <p> it held is left inside the outer <p>, where the parser never puts one.
    const html = '<p>Avant <button><p>Dedans</p></button> après</p>';
    const once = sanitizeToElement(html, win);
    expect(once.querySelector('p p')).not.toBeNull();
    const { body, html: safe } = sanitizeToParts(html, win);
    expect(body.querySelector('p p')).toBeNull();
    expect(sanitizeToElement(safe, win).innerHTML).toBe(safe);
    expect(body.innerHTML).toBe(safe);
  });
});
