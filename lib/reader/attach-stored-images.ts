/** Attribute that keeps an image's key on its `<img>` once its `src` is swapped or removed. */
export const IMAGE_KEY_ATTRIBUTE = 'data-liseuse-image';
/** Class given to an `<img>` whose image was not kept; its alt text shows in its place. */
export const MISSING_IMAGE_CLASS = 'liseuse-image-missing';

/**
 * Points every `<img>` of a rendered article at its stored Blob (an object URL) and returns a
 * function that revokes those URLs. Call it AFTER sanitizing and rendering: DOMPurify drops
 * blob: URLs, and the sanitizer stays strict. An image with no Blob loses its remote `src` (the
 * reader never touches the network) and shows its alt text, or `missingLabel` when it has none.
 * Calling it again with more images (e.g. once a save finished) fills in the missing ones.
 */
export function attachStoredImages(
  container: Element,
  images: ReadonlyMap<string, Blob>,
  missingLabel = '',
): () => void {
  const urls: string[] = [];
  for (const img of container.querySelectorAll('img')) {
    const key = img.getAttribute(IMAGE_KEY_ATTRIBUTE) ?? img.getAttribute('src');
    if (!key) continue;
    img.setAttribute(IMAGE_KEY_ATTRIBUTE, key);
    const blob = images.get(key);
    if (blob) {
      const url = URL.createObjectURL(blob);
      urls.push(url);
      img.classList.remove(MISSING_IMAGE_CLASS);
      img.setAttribute('src', url);
    } else if (!img.getAttribute('src')?.startsWith('blob:')) {
      img.removeAttribute('src');
      img.classList.add(MISSING_IMAGE_CLASS);
      if (!img.getAttribute('alt')) img.setAttribute('alt', missingLabel);
    }
  }
  return () => urls.forEach((url) => URL.revokeObjectURL(url));
}
