import { isPlaceholderSrc } from './is-placeholder-src';
import { pickLargestCandidate } from './pick-largest-candidate';

/**
 * Attributes lazy loaders keep the real image URL in, most specific first. Each is written by a
 * widespread loader and never holds anything but an image URL: data-lazy-src (WP Rocket),
 * data-src (lazysizes, lozad, most themes), data-original (jQuery Lazy Load), data-lazy
 * (Slick), data-hi-res-src / data-full-src (news CMSs that swap in a larger picture).
 */
const LAZY_SRC_ATTRIBUTES = [
  'data-lazy-src',
  'data-src',
  'data-original',
  'data-lazy',
  'data-hi-res-src',
  'data-full-src',
];

/** The same loaders' srcset counterparts; the largest candidate wins, since srcset is dropped. */
const LAZY_SRCSET_ATTRIBUTES = ['data-lazy-srcset', 'data-srcset', 'srcset'];

/** Gives lazy-loaded images their real `src` (data-src, data-lazy-src, noscript, picture). */
export function resolveLazyImages(root: Element): void {
  // Noscript first: when a page ships a real <img> in <noscript> next to a placeholder, that
  // copy is what the page itself considers the image, and it carries no lazy attributes.
  for (const noscript of Array.from(root.getElementsByTagName('noscript'))) useNoscriptImage(noscript);
  for (const img of Array.from(root.getElementsByTagName('img'))) resolveImage(img);
}

function resolveImage(img: HTMLImageElement): void {
  if (isPlaceholderSrc(img.getAttribute('src'))) {
    const real = lazySource(img) ?? pictureSource(img) ?? largestOf(img, ['srcset']);
    if (real !== null) img.setAttribute('src', real);
  }
  // The lazy attributes have done their job; left in, they would carry relative URLs into the
  // saved article and let a page script swap the picture again.
  for (const name of [...LAZY_SRC_ATTRIBUTES, 'data-lazy-srcset', 'data-srcset']) img.removeAttribute(name);
}

function lazySource(img: Element): string | null {
  for (const name of LAZY_SRC_ATTRIBUTES) {
    const value = img.getAttribute(name)?.trim();
    // JSON blobs and srcset-like lists sometimes sit in these attributes on odd sites.
    if (value && !/\s/.test(value) && !/^[[{]/.test(value) && !isPlaceholderSrc(value)) return value;
  }
  return largestOf(
    img,
    LAZY_SRCSET_ATTRIBUTES.filter((name) => name !== 'srcset'),
  );
}

function largestOf(element: Element, attributes: string[]): string | null {
  for (const name of attributes) {
    const value = element.getAttribute(name);
    const url = value ? pickLargestCandidate(value) : null;
    if (url !== null && !isPlaceholderSrc(url)) return url;
  }
  return null;
}

/** The best URL a surrounding <picture> offers through its <source> elements. */
function pictureSource(img: Element): string | null {
  const picture = img.parentElement;
  if (picture?.localName !== 'picture') return null;
  for (const source of Array.from(picture.children)) {
    if (source.localName !== 'source') continue;
    const url = largestOf(source, LAZY_SRCSET_ATTRIBUTES) ?? lazySource(source);
    if (url !== null) return url;
  }
  return null;
}

/** Replaces a placeholder <img> with the real one its neighbouring <noscript> holds. */
function useNoscriptImage(noscript: Element): void {
  const image = noscriptImage(noscript);
  if (!image) return;
  const placeholder = previousImage(noscript);
  if (!placeholder || !isPlaceholderSrc(placeholder.getAttribute('src'))) return;
  const real = noscript.ownerDocument.importNode(image, true);
  // Keep the attributes only the placeholder carries (lazy ones are dropped later anyway).
  for (const { name, value } of Array.from(placeholder.attributes)) {
    if (!real.hasAttribute(name)) real.setAttribute(name, value);
  }
  placeholder.replaceWith(real);
  noscript.remove();
}

/** The single <img> inside a <noscript>, whether the parser built elements or kept raw text. */
function noscriptImage(noscript: Element): Element | null {
  const direct = noscript.querySelectorAll('img');
  if (direct.length > 0) return direct.length === 1 ? direct[0] : null;
  // With scripting enabled (a real browser) <noscript> content is raw text. DOMParser builds an
  // inert document: nothing in it runs or loads.
  const text = noscript.textContent ?? '';
  if (!/<img\b/i.test(text)) return null;
  const Parser = noscript.ownerDocument.defaultView?.DOMParser ?? globalThis.DOMParser;
  if (!Parser) return null;
  const images = new Parser().parseFromString(text, 'text/html').querySelectorAll('img');
  return images.length === 1 ? images[0] : null;
}

/** The <img> just before `node`, itself or wrapped in a <picture>, skipping whitespace. */
function previousImage(node: Element): Element | null {
  const previous = node.previousElementSibling;
  if (!previous) return null;
  if (previous.localName === 'img') return previous;
  if (previous.localName === 'picture') return previous.querySelector('img');
  return null;
}
