import createDOMPurify, {
  type DOMPurify,
  type UponSanitizeAttributeHookEvent,
  type UponSanitizeElementHookEvent,
} from 'dompurify';
import { hasOutsideCssReference, isAllowedUrl, type UrlUse } from './url-policy';

declare const safeHtmlBrand: unique symbol;
/** HTML that went through the sanitizer; the only HTML the article view may render. */
export type SafeHtml = string & { readonly [safeHtmlBrand]: true };

const SANITIZE_CONFIG = {
  FORBID_TAGS: [
    // Forms and their controls are never article content, and a form could post data somewhere.
    'form',
    'input',
    'button',
    'select',
    'textarea',
    // Styles fight the reader's typography and can fetch (url()); meta and base change the page.
    'style',
    'link',
    'meta',
    'base',
    // Inert until cloned by a script, and its content escapes every check made on the article.
    'template',
    // Media play from the network, which Liseuse's pages never touch: a link to the media takes
    // their place (see mediaToLink). <source> would fetch behind our back.
    'video',
    'audio',
    'source',
    'track',
    // SVG filters that fetch an image of their own.
    'feImage',
  ],
  // Inline styles fight the reader's typography; srcset would load images from the network,
  // while resolve-lazy-images already picked the best candidate into src. The others fetch.
  FORBID_ATTR: [
    'style',
    'srcset',
    'poster',
    'background',
    'lowsrc',
    'dynsrc',
    'ping',
    'action',
    'formaction',
    'xml:base',
  ],
};

/** Attributes that hold an address, and what each is used for (which decides its schemes). */
function urlUse(element: Element, attribute: string): UrlUse | 'inline-image' | 'forbidden' | null {
  const tag = element.localName;
  if (attribute === 'href' || attribute === 'xlink:href') {
    if (element.namespaceURI !== 'http://www.w3.org/2000/svg') return 'link';
    if (tag === 'a') return 'link';
    // An SVG <image> may show only a picture written into the page; every other SVG reference
    // (gradients, patterns, <use>, text paths) must point inside the article.
    return tag === 'image' ? 'inline-image' : 'fragment';
  }
  if (attribute === 'src') return tag === 'img' ? 'image' : 'forbidden';
  if (attribute === 'cite') return 'citation';
  if (['data', 'codebase', 'longdesc', 'manifest', 'archive', 'classid', 'profile', 'icon'].includes(attribute))
    return 'forbidden';
  return null;
}

/** Keeps only addresses the article may hold, and no CSS that fetches (SVG `fill="url(…)"`). */
function checkAttribute(node: Element, event: UponSanitizeAttributeHookEvent): void {
  const use = urlUse(node, event.attrName);
  const allowed =
    use === null
      ? !hasOutsideCssReference(event.attrValue)
      : use !== 'forbidden' &&
        (use === 'inline-image'
          ? /^\s*data:/i.test(event.attrValue) && isAllowedUrl(event.attrValue, 'image')
          : isAllowedUrl(event.attrValue, use));
  if (!allowed) event.keepAttr = false;
}

/**
 * Replaces a video or audio player (removed with its content: it plays from the network) by a
 * link to the media, so the reader still knows it was there and can follow it.
 */
function mediaToLink(node: Element, event: UponSanitizeElementHookEvent): void {
  if (event.tagName !== 'video' && event.tagName !== 'audio') return;
  const addresses = [
    node.getAttribute('src'),
    ...Array.from(node.getElementsByTagName('source'), (source) => source.getAttribute('src')),
    // Fallback content often offers a download link.
    ...Array.from(node.getElementsByTagName('a'), (link) => link.getAttribute('href')),
  ];
  const address = addresses.find((value): value is string => value !== null && isAllowedUrl(value, 'citation'));
  if (!address || !node.parentNode) return;
  const link = node.ownerDocument.createElement('a');
  link.setAttribute('href', address.trim());
  link.textContent = address.trim();
  // Inserted after the player, where the sanitizer's walk visits (and checks) it next.
  node.parentNode.insertBefore(link, node.nextSibling);
}

/**
 * Links open outside Liseuse, without telling the site where the reader came from. `target` is
 * set last: DOMPurify drops it on every pass (it is not in its allow-list) and this hook adds it
 * back at the end of the attributes, so setting it last keeps the order the next pass gives, and
 * sanitized HTML is a fixed point after two passes instead of three.
 */
function openLinksOutside(node: Element): void {
  if (node.localName !== 'a' && node.localName !== 'area') return;
  const href = node.getAttribute('href') ?? node.getAttribute('xlink:href');
  if (href !== null && !href.trim().startsWith('#')) {
    node.setAttribute('rel', 'noopener noreferrer');
    node.setAttribute('target', '_blank');
  } else {
    node.removeAttribute('target');
  }
}

/** What a purifier returns: a detached `<body>` holding a sanitized copy, or the very tree it was given. */
type PurifierOutput = 'copy' | 'in place';

const purifiers = new WeakMap<object, Partial<Record<PurifierOutput, DOMPurify>>>();

function newPurifier(win: Window, output: PurifierOutput): DOMPurify {
  const purifier = createDOMPurify(win as unknown as Window & typeof globalThis);
  purifier.addHook('uponSanitizeElement', (node, event) => mediaToLink(node as Element, event));
  purifier.addHook('uponSanitizeAttribute', (node, event) => checkAttribute(node, event));
  purifier.addHook('afterSanitizeAttributes', (node) => openLinksOutside(node as Element));
  // Set once: a config passed to each sanitize() call is parsed again into fresh tag and attribute sets every time.
  // RETURN_DOM in place too: DOMPurify then removes an element whose `is` it cannot take back,
  // as it does on a copy, where without it the element stays with `is=""`.
  purifier.setConfig({ ...SANITIZE_CONFIG, RETURN_DOM: true, IN_PLACE: output === 'in place' });
  return purifier;
}

function purifierFor(win: Window, output: PurifierOutput = 'copy'): DOMPurify {
  let forWindow = purifiers.get(win);
  if (!forWindow) {
    forWindow = {};
    purifiers.set(win, forWindow);
  }
  return (forWindow[output] ??= newPurifier(win, output));
}

/**
 * Sanitizes untrusted article HTML into a detached `<body>` to walk or render. `win` is the
 * window whose DOM parses it: the page's in the browser, a jsdom window in Node (never happy-dom:
 * DOMPurify does not sanitize there, see happy-dom issue 2182).
 */
export function sanitizeToElement(html: string | Node, win: Window = globalThis.window): HTMLElement {
  return purifierFor(win).sanitize(html) as unknown as HTMLElement;
}

/** Passes after which a sanitized tree that still changes is given up on as it stands (never seen). */
const MAX_PASSES = 4;

/** What DOMPurify puts back in front of the parsed body (the parser drops it there). */
const LEADING_WHITESPACE = /^[\r\n\t ]+/;

/** The whitespace `html` starts with, which DOMPurify keeps in front of the body it parses. */
export function leadingWhitespace(html: string): string {
  return LEADING_WHITESPACE.exec(html)?.[0] ?? '';
}

/**
 * Whether `html`, parsed as the sanitizer parses its input (a whole document in quirks mode,
 * scripting off, its leading whitespace kept in front of the body), gives exactly the children of
 * `body`: same nodes, names, namespaces, attributes and text, whatever the body's own attributes.
 */
export type ParsesBackTo = (html: string, body: HTMLElement) => boolean;

/** The proof with `win`'s own parser and DOM (the browser's, or jsdom's). */
export function parsesBackInWindow(win: Window): ParsesBackTo {
  return (html, body) => sameChildren(body, parsedAsSanitizerInput(html, win));
}

/** `html` parsed as the sanitizer parses it: a whole document's body, its leading whitespace kept. */
function parsedAsSanitizerInput(html: string, win: Window): HTMLElement {
  const { DOMParser } = win as unknown as typeof globalThis;
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const leading = leadingWhitespace(html);
  if (leading) body.insertBefore(body.ownerDocument.createTextNode(leading), body.firstChild);
  return body;
}

/** Whether two bodies hold equal trees (same nodes, names, namespaces, attributes and text), whatever their own attributes. */
function sameChildren(a: HTMLElement, b: HTMLElement): boolean {
  const ours = a.childNodes;
  const theirs = b.childNodes;
  if (ours.length !== theirs.length) return false;
  for (let i = 0; i < ours.length; i += 1) if (!ours[i]!.isEqualNode(theirs[i]!)) return false;
  return true;
}

/** A sanitized article in both forms: the detached `<body>` to walk, and its HTML. */
export interface SanitizedParts {
  body: HTMLElement;
  html: SafeHtml;
}

/**
 * Sanitizes and returns both forms; the HTML parses back to exactly the tree (`provenOrSettled`).
 * `parsesBackTo` proves it with `win`'s parser unless given one that parses as it does.
 */
export function sanitizeToParts(
  html: string | Node,
  win: Window = globalThis.window,
  parsesBackTo: ParsesBackTo = parsesBackInWindow(win),
): SanitizedParts {
  return provenOrSettled(sanitizeToElement(html, win), win, parsesBackTo);
}

/**
 * Sanitizes `root` where it stands and returns it in a detached `<body>` with its HTML: exactly
 * what `sanitizeToParts` gives on `root`'s HTML. That holds when the HTML parses back to `root`'s
 * very tree, which `parsesBackTo` checks first; when it does not (a `<p>` holding an `<h2>`, as
 * Readability builds them), the HTML is what gets sanitized. Worth it only where the proof builds
 * no DOM (parse5 under jsdom, lib/cli/parses-back-with-parse5.ts): it spares DOMPurify parsing
 * the HTML into jsdom's DOM, about half of what sanitizing cost there (BENCHMARKS.md).
 * `root` must be a copy nobody else holds, in a document that belongs to no browsing context (the
 * pipeline's own copy of the page), so that nothing in it loads or runs while it is sanitized.
 */
export function sanitizeTreeToParts(root: Element, win: Window, parsesBackTo: ParsesBackTo): SanitizedParts {
  // As the parser would give them: adjacent text nodes parse back as one.
  root.normalize();
  const html = root.outerHTML;
  const body = root.ownerDocument.createElement('body');
  body.appendChild(root);
  if (!parsesBackTo(html, body)) return sanitizeToParts(html, win, parsesBackTo);
  try {
    purifierFor(win, 'in place').sanitize(root);
  } catch {
    // DOMPurify refuses some trees in place (a forbidden root, a tree its hooks keep changing),
    // none of which stops it on the same HTML.
    return sanitizeToParts(html, win, parsesBackTo);
  }
  return provenOrSettled(body, win, parsesBackTo);
}

/**
 * `body`, freshly sanitized, with its HTML when that parses back to exactly this tree: a
 * sanitized tree can hold what HTML's parser never builds (a `<p>` left inside a `<p>` once a
 * `<button>` between them is gone), whose HTML would parse into another tree (the root of mutation
 * XSS). Parsing the HTML again and comparing trees proves it in one sanitizer pass, where
 * sanitizing the HTML a second time cost as much as the first (on a 1 MB page, a third of the
 * whole extraction: BENCHMARKS.md). When the trees differ, the HTML is sanitized again until it
 * stands still, so what is stored is exactly what will be shown.
 */
function provenOrSettled(sanitized: HTMLElement, win: Window, parsesBackTo: ParsesBackTo): SanitizedParts {
  let body = sanitized;
  // Adjacent text nodes (left where an element between them was removed) parse back as one.
  body.normalize();
  let serialized = body.innerHTML;
  if (parsesBackTo(serialized, body)) return { body, html: serialized as SafeHtml };
  for (let pass = 1; pass < MAX_PASSES; pass += 1) {
    const again = sanitizeToElement(serialized, win);
    const reserialized = again.innerHTML;
    body = again;
    if (reserialized === serialized) break;
    serialized = reserialized;
  }
  return { body, html: serialized as SafeHtml };
}
