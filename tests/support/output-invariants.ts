/**
 * The invariants every article Liseuse outputs must keep, whatever page it came from: checked on
 * the command line's JSON, on what the extension stored, and on random HTML (tests/extract,
 * tests/cli, tests/e2e). Each check returns the violations it found, never throws, so that a test
 * can report all of them for a page at once.
 *
 * - No element that runs, embeds, submits or restyles: script, iframe, object, embed, form,
 *   template, style, meta, base (and their relatives: link, frame, applet…).
 * - No event handler attribute (`on…`).
 * - Addresses: only http(s), mailto, in-page `#` anchors and raster `data:image`, in the HTML, in
 *   the Markdown once rendered by a Markdown tool that passes HTML through, and in every metadata
 *   field.
 * - Nothing that fetches but the images Liseuse keeps (`<img src>`): no srcset, poster, SVG
 *   `<image href>`, CSS `url()`, `<source>`, background…
 * - Links out open in a new tab with rel="noopener noreferrer".
 */
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';

/** One broken invariant: where, which rule, and the offending piece. */
export interface Violation {
  where: string;
  rule: string;
  detail: string;
}

const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'form',
  'template',
  'style',
  'meta',
  'base',
  'link',
  'frame',
  'frameset',
  'applet',
  'noscript',
  'input',
  'button',
  'textarea',
  'select',
  'portal',
  'fencedframe',
]);

/** Attributes whose value is an address, with what it is used for. */
const ADDRESS_ATTRIBUTES = [
  'href',
  'xlink:href',
  'src',
  'srcset',
  'poster',
  'action',
  'formaction',
  'background',
  'cite',
  'data',
  'codebase',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'ping',
  'manifest',
  'icon',
  'profile',
  'archive',
  'classid',
  'xml:base',
  'imagesrcset',
];

const IGNORED = /[\u0000-\u0020\u007f\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;
const RASTER_DATA_IMAGE = /^data:image\/(?:png|jpe?g|pjpeg|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon)[;,]/i;
const SVG = 'http://www.w3.org/2000/svg';

/** A string of an allowed kind: http(s), mailto, #anchor or raster data:image. */
function allowedAddress(value: string): boolean {
  const url = value.replace(IGNORED, '');
  return /^(?:https?:\/\/|mailto:|#)/i.test(url) || RASTER_DATA_IMAGE.test(url);
}

/** Whether an attribute makes the browser fetch, and from where it may. */
function fetchRule(element: Element, name: string, value: string): string | null {
  const url = value.replace(IGNORED, '');
  const tag = element.localName;
  if (name === 'src') {
    if (tag === 'img')
      return /^https?:\/\//i.test(url) || RASTER_DATA_IMAGE.test(url)
        ? null
        : 'img src is neither http(s) nor a raster data: image';
    return RASTER_DATA_IMAGE.test(url) ? null : `<${tag} src> fetches`;
  }
  if (
    [
      'srcset',
      'imagesrcset',
      'poster',
      'background',
      'lowsrc',
      'dynsrc',
      'ping',
      'data',
      'codebase',
      'manifest',
      'icon',
      'archive',
      'classid',
      'xml:base',
    ].includes(name)
  ) {
    return `${name} fetches`;
  }
  if ((name === 'href' || name === 'xlink:href') && element.namespaceURI === SVG && tag !== 'a') {
    return url.startsWith('#') || (tag === 'image' && RASTER_DATA_IMAGE.test(url))
      ? null
      : `SVG <${tag} ${name}> fetches`;
  }
  return null;
}

/** `url(…)` and friends naming anything but an in-page #id, after undoing CSS escapes and comments. */
function cssFetches(value: string): boolean {
  const css = value
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) =>
      String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd),
    )
    .replace(/\\(.)/g, '$1');
  const pattern = /(?:url|src|image|image-set|cross-fade)\(\s*['"]?([^'")]*)/gi;
  for (const [, target = ''] of css.matchAll(pattern)) if (!target.trim().startsWith('#')) return true;
  return false;
}

function parseFragment(html: string): HTMLElement {
  return new JSDOM(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).window.document.body;
}

/**
 * Checks article HTML. `links` (default true) also requires links out to open in a new tab with
 * rel="noopener noreferrer" (Liseuse's own HTML; not Markdown rendered by another tool).
 */
export function checkHtml(html: string, where = 'html', { links = true } = {}): Violation[] {
  const violations: Violation[] = [];
  const add = (rule: string, detail: string) => violations.push({ where, rule, detail: detail.slice(0, 200) });
  const body = parseFragment(html);
  for (const element of Array.from(body.querySelectorAll('*'))) {
    const tag = element.localName;
    if (FORBIDDEN_ELEMENTS.has(tag)) add('forbidden element', `<${tag}>`);
    if (tag === 'video' || tag === 'audio' || tag === 'source' || tag === 'track')
      add('media that plays from the network', `<${tag}>`);
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) add('event handler', `<${tag} ${name}="${value}">`);
      if (ADDRESS_ATTRIBUTES.includes(lower)) {
        const addresses = lower.endsWith('srcset')
          ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
          : [value];
        for (const address of addresses) {
          if (!allowedAddress(address)) add('address scheme', `<${tag} ${name}="${value}">`);
        }
        const fetches = fetchRule(element, lower, value);
        if (fetches) add('remote reference', `${fetches}: <${tag} ${name}="${value}">`);
      }
      // An address is never read as CSS: "url(" in a link's or an image's address is part of a path
      // (the rules above judge where it points); in any other attribute it is CSS that could fetch.
      else if (cssFetches(value)) add('remote reference', `CSS url() in <${tag} ${name}="${value}">`);
    }
    if (links && (tag === 'a' || tag === 'area')) {
      const href = (element.getAttribute('href') ?? '').trim();
      if (href && !href.startsWith('#')) {
        const rel = (element.getAttribute('rel') ?? '').split(/\s+/);
        if (element.getAttribute('target') !== '_blank' || !rel.includes('noopener') || !rel.includes('noreferrer')) {
          add('link opens outside with noopener noreferrer', element.outerHTML);
        }
      }
    }
  }
  return violations;
}

// What a Markdown tool that lets HTML through (Obsidian, most static-site generators) makes of it.
const markdownRenderer = new MarkdownIt({ html: true, linkify: false });
// markdown-it refuses javascript: links itself; other tools do not, so see every link as written.
markdownRenderer.validateLink = () => true;

/** Renders Markdown as a tool that passes raw HTML through would. */
export function renderMarkdown(markdown: string): string {
  return markdownRenderer.render(markdown);
}

/** Checks Markdown: once rendered, it must hold no markup or address the HTML may not. */
export function checkMarkdown(markdown: string, where = 'markdown'): Violation[] {
  return checkHtml(renderMarkdown(markdown), where, { links: false });
}

/** Text a reader sees in rendered Markdown, whitespace collapsed. */
export function markdownText(markdown: string): string {
  return (parseFragment(renderMarkdown(markdown)).textContent ?? '').replace(/\s+/g, ' ');
}

/** The fields of an extraction or a saved article that hold an address. */
const ADDRESS_FIELDS = ['url', 'pageUrl', 'leadImage'] as const;
/** Metadata fields shown as text. */
const TEXT_FIELDS = ['title', 'byline', 'siteName', 'lang', 'dir', 'publishedTime', 'excerpt'] as const;

/** Checks metadata: addresses are http(s) (or absent), text fields are strings or null. */
export function checkMetadata(record: Record<string, unknown>, where = 'metadata'): Violation[] {
  const violations: Violation[] = [];
  for (const field of ADDRESS_FIELDS) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || !/^https?:\/\//i.test(value.replace(IGNORED, ''))) {
      violations.push({ where, rule: 'metadata address scheme', detail: `${field}: ${String(value).slice(0, 200)}` });
    }
  }
  for (const field of TEXT_FIELDS) {
    const value = record[field];
    if (value !== undefined && value !== null && typeof value !== 'string') {
      violations.push({ where, rule: 'metadata text', detail: `${field} is ${typeof value}` });
    }
  }
  return violations;
}

/** Everything Liseuse outputs for one article: metadata, HTML and Markdown. */
export interface ArticleOutputs {
  html: string;
  markdown: string;
}

/** Checks an extraction (or a stored article with its body) on every invariant. */
export function checkArticleOutputs(article: ArticleOutputs, where = ''): Violation[] {
  const prefix = where ? `${where}: ` : '';
  return [
    ...checkMetadata(article as unknown as Record<string, unknown>, `${prefix}metadata`),
    ...checkHtml(article.html, `${prefix}html`),
    ...checkMarkdown(article.markdown, `${prefix}markdown`),
  ];
}
