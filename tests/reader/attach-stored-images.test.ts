import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  attachStoredImages,
  IMAGE_KEY_ATTRIBUTE,
  MISSING_IMAGE_CLASS,
  PLACEHOLDER_CLASS,
} from '../../lib/reader/attach-stored-images';

function render(html: string): HTMLElement {
  const container = document.createElement('div');
  // The test builds the "already sanitized" article view the reader would have rendered.
  container.append(document.createRange().createContextualFragment(html));
  return container;
}

describe('attachStoredImages', () => {
  let revoked: string[];
  beforeEach(() => {
    let next = 0;
    revoked = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:liseuse/${next++}`);
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
  });
  afterEach(() => vi.restoreAllMocks());

  it('swaps stored images in and never leaves a remote address behind', () => {
    const view = render(
      '<img src="https://a.example/1.png" alt="One"><img src="https://pixel.example/t.gif" alt="A pixel">',
    );

    const revoke = attachStoredImages(view, new Map([['https://a.example/1.png', new Blob(['x'])]]), () => 'Not kept');

    const [kept, missing] = [...view.querySelectorAll('img')];
    expect(kept?.getAttribute('src')).toBe('blob:liseuse/0');
    expect(kept?.getAttribute(IMAGE_KEY_ATTRIBUTE)).toBe('https://a.example/1.png');
    expect(missing?.hasAttribute('src')).toBe(false);
    expect(missing?.classList.contains(MISSING_IMAGE_CLASS)).toBe(true);
    expect(missing?.hidden).toBe(true);
    const placeholder = view.querySelector(`.${PLACEHOLDER_CLASS}`);
    expect(placeholder?.getAttribute('aria-label')).toBe('A pixel — Not kept');
    expect(placeholder?.textContent).toBe('A pixelNot kept');
    revoke();
    expect(revoked).toEqual(['blob:liseuse/0']);
  });

  it('fills in placeholders when called again once the save stored the images', () => {
    const view = render('<img src="https://a.example/1.png" alt="One">');
    attachStoredImages(view, new Map());

    attachStoredImages(view, new Map([['https://a.example/1.png', new Blob(['x'])]]));

    const img = view.querySelector('img');
    expect(img?.getAttribute('src')).toBe('blob:liseuse/0');
    expect(img?.classList.contains(MISSING_IMAGE_CLASS)).toBe(false);
    expect(img?.getAttribute('alt')).toBe('One');
    expect(img?.hidden).toBe(false);
    expect(view.querySelector(`.${PLACEHOLDER_CLASS}`)).toBeNull();
  });
});
