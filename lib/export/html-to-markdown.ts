import TurndownService from 'turndown';
import { gfm } from '@joplin/turndown-plugin-gfm';
import { LANGUAGE_CLASS } from '../extract/code-language-classes';
import { sanitizeToElement, type SafeHtml } from '../shared/sanitize';

let service: TurndownService | null = null;

/** The node turndown hands its rules: the element, marked by turndown as block or inline. */
type TurndownNode = HTMLElement & { isBlock: boolean };

/**
 * Text that Markdown renderers would read as HTML or as an entity: `<` opens a tag or an
 * autolink (`<javascript:…>`), `&name;` becomes another character. The page's text
 * "&lt;script&gt;" must stay those characters in every tool the Markdown is pasted into.
 */
const HTML_IN_TEXT: ReadonlyArray<[RegExp, string]> = [
  [/</g, '\\<'],
  [/&(?=#?[a-z0-9]+;)/gi, '\\&'],
];

/** Escapes text for Markdown: turndown's escapes (emphasis, lists, links…) and HTML's. */
export function escapeMarkdownText(text: string): string {
  const syntaxEscaped = TurndownService.prototype.escape.call(null, text);
  return HTML_IN_TEXT.reduce((escaped, [pattern, replacement]) => escaped.replace(pattern, replacement), syntaxEscaped);
}

/**
 * Markdown of an article body (an element already sanitized). Not part of the extraction
 * pipeline: the page never pays for turndown; the command line and exports call it where
 * Markdown is wanted.
 */
export function htmlToMarkdown(root: Element): string {
  // Building the service and its rules costs more than converting a short article: do it once.
  service ??= createService();
  return service.turndown(withoutCodeAroundBlocks(root) as unknown as HTMLElement).trim();
}

/**
 * Inline code holding a code block (`<code>text <pre>…</pre></code>`, which the sanitizer can
 * leave) cannot stay inline code in Markdown: written as a block (inlineHoldingCodeBlock below),
 * its text would come out as turndown writes code, unescaped, and `[x](javascript:…)` in it would
 * be a live link (found by the random-HTML test). Such a `<code>` is read as a plain `<span>`, so
 * its text is escaped like any other; the blocks inside stay fenced. `root` itself is not changed.
 */
function withoutCodeAroundBlocks(root: Element): Element {
  // One query in the usual case, an article with no such code (a match may also come from a <code> around `root`).
  if (root.querySelector('code pre') === null) return root;
  const copy = root.cloneNode(true) as Element;
  for (const code of Array.from(copy.querySelectorAll('code')).filter((found) => found.querySelector('pre'))) {
    const span = code.ownerDocument.createElement('span');
    span.append(...Array.from(code.childNodes));
    code.replaceWith(span);
  }
  return copy;
}

/** Markdown of stored article HTML, in a context with a DOM (`win`, jsdom's window in Node). */
export function markdownOfHtml(html: SafeHtml, win: Window = globalThis.window): string {
  return htmlToMarkdown(sanitizeToElement(html, win));
}

function createService(): TurndownService {
  const turndown = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
    hr: '---',
  });
  turndown.use(gfm);
  // Text stays text: turndown escapes Markdown syntax but leaves HTML in text nodes as it is.
  turndown.escape = escapeMarkdownText;
  // turndown's own image rule escapes alt text without the HTML escapes above.
  turndown.addRule('imageWithEscapedAlt', {
    filter: 'img',
    replacement: (_content, node) => image(node as HTMLElement, turndown),
  });
  // The GFM table rules crash on a cell or row left without its <table> (Readability and the
  // sanitizer can leave such fragments): render those as plain text. Added after the plugin,
  // since turndown tries the most recently added rule first.
  turndown.addRule('orphanTablePart', {
    filter: (node) => /^(?:TD|TH|TR|THEAD|TBODY|TFOOT)$/.test(node.nodeName) && node.closest('table') === null,
    replacement: (content, node) =>
      node.nodeName === 'TD' || node.nodeName === 'TH' ? ` ${content} ` : `\n${content}\n`,
  });
  // turndown trims the Markdown of an inline element with whitespace at its edges, and with it
  // the blank lines around a code block inside (`text <details><pre>…`): the fence would then
  // follow the text on its line, stop being a fence, and the code (`<script>…`) be read as HTML.
  // Markdown has no code block inside inline markup: such an element becomes a block. A link
  // cannot wrap the block either, so its address follows it on a line of its own.
  turndown.addRule('inlineHoldingCodeBlock', {
    filter: (node) => !(node as TurndownNode).isBlock && node.querySelector('pre') !== null,
    replacement: (content, node) => {
      const href = node.nodeName === 'A' ? ((node as HTMLElement).getAttribute('href') ?? '') : '';
      if (!href) return `\n\n${content}\n\n`;
      return `\n\n${content.trim()}\n\n[${turndown.escape(href)}](${markdownUrl(href)})\n\n`;
    },
  });
  turndown.addRule('fencedCodeWithLanguage', {
    filter: (node) => node.nodeName === 'PRE',
    replacement: (_content, node) => fence(node as HTMLElement),
  });
  // Scripts and styles never reach here after sanitizing, but turndown would print their text.
  turndown.remove(['script', 'style', 'noscript']);
  return turndown;
}

/** A URL as a Markdown link destination: the characters that would end or break it, percent-encoded. */
function markdownUrl(url: string): string {
  // encodeURIComponent leaves parentheses as they are, and one ")" would end the link.
  return url.replace(/[<>()\s]/g, (char) => (char === '(' ? '%28' : char === ')' ? '%29' : encodeURIComponent(char)));
}

function image(img: HTMLElement, turndown: TurndownService): string {
  const src = markdownUrl(img.getAttribute('src') ?? '');
  if (!src) return '';
  const alt = turndown.escape((img.getAttribute('alt') ?? '').replace(/\s+/g, ' '));
  const title = (img.getAttribute('title') ?? '').replace(/\s+/g, ' ').replace(/"/g, '\\"');
  return `![${alt}](${src}${title ? ` "${title}"` : ''})`;
}

/** A fenced block long enough that no backtick run inside the code can close it. */
function fence(pre: HTMLElement): string {
  const code = pre.textContent ?? '';
  const language = languageOf(pre);
  const longestRun = Math.max(2, ...Array.from(code.matchAll(/`+/g), (match) => match[0].length));
  const marker = '`'.repeat(longestRun + 1);
  return `\n\n${marker}${language}\n${code.replace(/\n$/, '')}\n${marker}\n\n`;
}

function languageOf(pre: HTMLElement): string {
  const code = pre.querySelector('code');
  for (const element of [code, pre, pre.parentElement]) {
    const match = LANGUAGE_CLASS.exec(element?.getAttribute('class') ?? '');
    if (match) return match[2].toLowerCase();
  }
  return '';
}
