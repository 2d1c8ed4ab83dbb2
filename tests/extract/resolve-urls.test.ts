// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveUrls } from '../../lib/extract/resolve-urls';
import { body } from './dom';

const URL = 'https://example.org/blog/post.html';

function resolved(html: string, selector: string, attribute: string): string | null {
  const root = body(html, URL);
  resolveUrls(root, URL);
  return root.querySelector(selector)?.getAttribute(attribute) ?? null;
}

describe('resolveUrls', () => {
  it('makes links and images absolute', () => {
    expect(resolved('<a href="../about">a</a>', 'a', 'href')).toBe('https://example.org/about');
    expect(resolved('<img src="img/a.jpg">', 'img', 'src')).toBe('https://example.org/blog/img/a.jpg');
    expect(resolved('<video poster="/still.jpg" src="v.mp4"></video>', 'video', 'poster')).toBe(
      'https://example.org/still.jpg',
    );
    expect(resolved('<blockquote cite="/source">q</blockquote>', 'blockquote', 'cite')).toBe(
      'https://example.org/source',
    );
  });

  it('resolves every srcset candidate and keeps the descriptors', () => {
    expect(resolved('<img srcset="a.jpg 1x, /b.jpg 2x">', 'img', 'srcset')).toBe(
      'https://example.org/blog/a.jpg 1x, https://example.org/b.jpg 2x',
    );
  });

  it('keeps in-page anchors as bare fragments', () => {
    expect(resolved('<a href="#note-1">1</a>', 'a', 'href')).toBe('#note-1');
    expect(resolved('<a href="post.html#note-2">2</a>', 'a', 'href')).toBe('#note-2');
    expect(resolved(`<a href="${URL}#note-3">3</a>`, 'a', 'href')).toBe('#note-3');
  });

  it('follows the page <base href>', () => {
    const root = body('<a href="x">x</a>', URL);
    const base = root.ownerDocument.createElement('base');
    base.setAttribute('href', '/static/');
    root.ownerDocument.head.append(base);
    resolveUrls(root, URL);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://example.org/static/x');
  });

  it('leaves mailto: links and unparseable values as written', () => {
    expect(resolved('<a href="mailto:a@example.org">m</a>', 'a', 'href')).toBe('mailto:a@example.org');
    expect(resolved('<a href="http://[broken">b</a>', 'a', 'href')).toBe('http://[broken');
  });
});
