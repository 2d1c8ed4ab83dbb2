// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveLazyImages } from '../../lib/extract/resolve-lazy-images';
import { body } from './dom';

const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';
const SVG =
  'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%201024%20576%22%3E%3C/svg%3E';

function srcAfter(html: string): (string | null)[] {
  const root = body(html);
  resolveLazyImages(root);
  return Array.from(root.querySelectorAll('img'), (img) => img.getAttribute('src'));
}

describe('resolveLazyImages', () => {
  it('takes data-src over an SVG placeholder', () => {
    expect(srcAfter(`<img src="${SVG}" data-src="/a.jpg">`)).toEqual(['/a.jpg']);
  });

  it('takes data-lazy-src over a 1x1 GIF', () => {
    expect(srcAfter(`<img src="${GIF}" data-lazy-src="/lead.jpg">`)).toEqual(['/lead.jpg']);
  });

  it('takes data-original and gives an image without src one', () => {
    expect(srcAfter('<img data-original="/b.jpg">')).toEqual(['/b.jpg']);
  });

  it('picks the largest candidate of data-srcset and data-lazy-srcset', () => {
    expect(srcAfter(`<img src="${GIF}" data-srcset="/s.jpg 300w, /l.jpg 1200w, /m.jpg 600w">`)).toEqual(['/l.jpg']);
    expect(srcAfter(`<img src="${GIF}" data-lazy-srcset="/a.jpg 1x,/b.jpg 2x">`)).toEqual(['/b.jpg']);
  });

  it('keeps a real src even when lazy attributes are present', () => {
    expect(srcAfter('<img src="/real.jpg" data-src="/other.jpg">')).toEqual(['/real.jpg']);
  });

  it('removes the lazy attributes it used', () => {
    const root = body(`<img src="${GIF}" data-src="/a.jpg" data-srcset="/a.jpg 1x">`);
    resolveLazyImages(root);
    expect(root.querySelector('img')?.hasAttribute('data-src')).toBe(false);
    expect(root.querySelector('img')?.hasAttribute('data-srcset')).toBe(false);
  });

  it('replaces a placeholder with the <img> of the <noscript> next to it', () => {
    const root = body(
      `<figure><img src="${GIF}" class="lazyload" alt="Servers"><noscript><img src="/real.jpg" alt="Servers"></noscript></figure>`,
    );
    resolveLazyImages(root);
    expect(Array.from(root.querySelectorAll('img'), (img) => img.getAttribute('src'))).toEqual(['/real.jpg']);
    expect(root.querySelector('noscript')).toBeNull();
  });

  it('leaves a <noscript> alone when the image before it is real', () => {
    const root = body('<img src="/shown.jpg"><noscript><img src="/other.jpg"></noscript>');
    resolveLazyImages(root);
    expect(root.querySelector('img')?.getAttribute('src')).toBe('/shown.jpg');
  });

  it('takes the picture source when the <img> inside <picture> is a placeholder', () => {
    expect(
      srcAfter(
        `<picture><source data-srcset="/p-800.webp 800w, /p-1600.webp 1600w" type="image/webp"><img src="${GIF}"></picture>`,
      ),
    ).toEqual(['/p-1600.webp']);
  });

  it('uses srcset when src is missing', () => {
    expect(srcAfter('<img srcset="/x-1.jpg 1x, /x-2.jpg 2x">')).toEqual(['/x-2.jpg']);
  });

  it('ignores a lazy attribute holding JSON rather than a URL', () => {
    expect(srcAfter(`<img src="${GIF}" data-src='{"a":1}' data-original="/ok.jpg">`)).toEqual(['/ok.jpg']);
  });
});
