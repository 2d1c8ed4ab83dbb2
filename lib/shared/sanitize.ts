import createDOMPurify, { type DOMPurify } from 'dompurify';

declare const safeHtmlBrand: unique symbol;
/** HTML that went through the sanitizer; the only HTML the article view may render. */
export type SafeHtml = string & { readonly [safeHtmlBrand]: true };

const SANITIZE_CONFIG = {
  // Forms and their controls are never article content, and a form could post data somewhere.
  FORBID_TAGS: ['form', 'input', 'button', 'select', 'textarea', 'style', 'link', 'meta'],
  // Inline styles fight the reader's typography; srcset would load images from the network,
  // while resolve-lazy-images already picked the best candidate into src.
  FORBID_ATTR: ['style', 'srcset'],
};

const purifiers = new WeakMap<object, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win as unknown as Window & typeof globalThis);
    purifiers.set(win, purifier);
  }
  return purifier;
}

/**
 * Sanitizes untrusted article HTML into a detached `<body>` to walk or render. `win` is the
 * window whose DOM parses it: the page's in the browser, a jsdom window in Node (never happy-dom:
 * DOMPurify does not sanitize there, see happy-dom issue 2182).
 */
export function sanitizeToElement(html: string | Node, win: Window = globalThis.window): HTMLElement {
  return purifierFor(win).sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM: true }) as HTMLElement;
}

/**
 * Sanitizes once and returns both forms: the detached `<body>` to walk and its HTML (reading the
 * sanitizer's own output back needs no second pass).
 */
export function sanitizeToParts(html: string | Node, win: Window = globalThis.window): { body: HTMLElement; html: SafeHtml } {
  const body = sanitizeToElement(html, win);
  return { body, html: body.innerHTML as SafeHtml };
}
