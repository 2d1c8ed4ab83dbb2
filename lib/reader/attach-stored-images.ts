/** Attribute that keeps an image's key on its `<img>` once its `src` is swapped or removed. */
export const IMAGE_KEY_ATTRIBUTE = 'data-liseuse-image';
/** Class given to an `<img>` whose image was not kept; a placeholder shows in its place. */
export const MISSING_IMAGE_CLASS = 'liseuse-image-missing';
/** Class of the calm box shown instead of an image not kept: its alt text, and why. */
export const PLACEHOLDER_CLASS = 'image-placeholder';

/** Why an image (by key) is not there, in the reader's words; null to say nothing. */
export type MissingReason = (key: string) => string | null;

function placeholderOf(img: HTMLImageElement): HTMLElement | null {
  const previous = img.previousElementSibling;
  return previous instanceof HTMLElement && previous.classList.contains(PLACEHOLDER_CLASS) ? previous : null;
}

/** A quiet box with the image's alt text and why it is missing, in place of a broken image. */
function showPlaceholder(img: HTMLImageElement, why: string | null): void {
  const alt = img.getAttribute('alt')?.trim() ?? '';
  const box = placeholderOf(img) ?? img.ownerDocument.createElement('span');
  box.className = PLACEHOLDER_CLASS;
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', [alt, why].filter(Boolean).join(' — '));
  const parts = [alt, why]
    .map((text, index) => {
      const part = img.ownerDocument.createElement('span');
      part.className = index === 0 ? 'image-placeholder-alt' : 'image-placeholder-why';
      part.textContent = text;
      return part;
    })
    .filter((part) => part.textContent);
  box.replaceChildren(...parts);
  if (!box.isConnected) img.before(box);
  img.hidden = true;
}

/**
 * Points every `<img>` of a rendered article at its stored Blob (an object URL) and returns a
 * function that revokes those URLs. Call it AFTER sanitizing and rendering: DOMPurify drops
 * blob: URLs, and the sanitizer stays strict. An image with no Blob loses its remote `src` (the
 * reader never touches the network) and a placeholder box shows its alt text and `why` it is
 * missing; a missing lead image (decoration above the text) leaves no gap at all.
 * Calling it again with more images (e.g. once a save finished) fills in the missing ones.
 */
export function attachStoredImages(
  container: Element,
  images: ReadonlyMap<string, Blob>,
  why: MissingReason = () => null,
): () => void {
  const urls: string[] = [];
  for (const img of container.querySelectorAll('img')) {
    const key = img.getAttribute(IMAGE_KEY_ATTRIBUTE) ?? img.getAttribute('src');
    if (!key) continue;
    img.setAttribute(IMAGE_KEY_ATTRIBUTE, key);
    const blob = images.get(key);
    const lead = img.closest<HTMLElement>('.article-lead-image');
    if (blob) {
      const url = URL.createObjectURL(blob);
      urls.push(url);
      img.classList.remove(MISSING_IMAGE_CLASS);
      img.setAttribute('src', url);
      img.hidden = false;
      placeholderOf(img)?.remove();
      if (lead) lead.hidden = false;
    } else if (!img.getAttribute('src')?.startsWith('blob:')) {
      img.removeAttribute('src');
      img.classList.add(MISSING_IMAGE_CLASS);
      if (lead) lead.hidden = true;
      else showPlaceholder(img, why(key));
    }
  }
  return () => urls.forEach((url) => URL.revokeObjectURL(url));
}
