import { AUTHORED_TAGS, hasAncestorTag, isShort, removeWithEmptyAncestors } from './clutter-dom';
import { linkKind, pageUrl, splitAroundLinks } from './clutter-links';
import { endsWithSeparator } from './normalize-label';

/** A menu entry is a word or a few ("Privacy Notice", "Terms of Use"). */
const MAX_ENTRY_CHARS = 30;
const MAX_ENTRY_WORDS = 4;

/** A line of a menu holds a few entries; a longer line is prose. */
const MAX_LINE_CHARS = 200;

/** A run of menu lines must hold this many entries: "Home, About" alone is too little to judge. */
const MIN_RUN_ENTRIES = 4;

/** Blocks a line of text lives in, and the boxes walked into to find them. */
const LINE_TAGS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD', 'SPAN', 'A', 'BUTTON']);
const BOX_TAGS = new Set(['DIV', 'SECTION', 'HEADER', 'FOOTER', 'NAV', 'UL', 'OL', 'DL', 'ASIDE', 'ARTICLE', 'MAIN', 'FORM']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * Removes a site's own navigation left at the start or the end of the article container when
 * Readability picks too large a container ("Sign In · Home · Subscribe", "Contact · Careers ·
 * Privacy Notice · Terms of Use"): a run of short lines that are nothing but short links to pages
 * of this site. Words are not read, so it works in any language. A list the author introduces
 * (after a heading or a line ending in ":") is a list of references and stays, as do links to
 * other sites.
 */
export function stripSiteNavigation(root: Element): void {
  const lines = linesOf(root);
  const page = pageUrl(root.ownerDocument);
  const isMenu = (line: Element) => isMenuLine(line, page);
  for (const run of [leadingRun(lines, isMenu), leadingRun([...lines].reverse(), isMenu)]) {
    if (run.length === 0 || run.length === lines.length) continue;
    const entries = run.reduce((sum, line) => sum + splitAroundLinks(line).links.length, 0);
    if (entries < MIN_RUN_ENTRIES || isIntroduced(run, lines)) continue;
    for (const line of run) if (root.contains(line)) removeWithEmptyAncestors(line, root);
  }
}

/** The blocks of text under `root` in reading order: the first non-box element down each path. */
function linesOf(root: Element): Element[] {
  const lines: Element[] = [];
  const walk = (element: Element) => {
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (BOX_TAGS.has(child.tagName) && !hasOwnText(child) && child.querySelector('p, li, h1, h2, h3, h4, h5, h6, div, a')) walk(child);
      else if ((child.textContent ?? '').trim() !== '') lines.push(child);
    }
  };
  walk(root);
  return lines;
}

/** Whether `element` holds text directly (a box with its own words is a line, not a box of lines). */
function hasOwnText(element: Element): boolean {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return true;
  }
  return false;
}

/** The lines from the start of `lines` while `test` holds. */
function leadingRun(lines: Element[], test: (line: Element) => boolean): Element[] {
  const run: Element[] = [];
  for (const line of lines) {
    if (!test(line)) break;
    run.push(line);
  }
  return run;
}

/** A short line made of short links to this site and separators, nothing else. */
function isMenuLine(line: Element, page: URL | null): boolean {
  if (!LINE_TAGS.has(line.tagName) && !BOX_TAGS.has(line.tagName)) return false;
  if (!isShort(line, MAX_LINE_CHARS) || hasAncestorTag(line, AUTHORED_TAGS)) return false;
  const split = line.tagName === 'A' ? { before: '', after: '', between: '', links: [line as HTMLAnchorElement] } : splitAroundLinks(line);
  if (split.links.length === 0 || split.before !== '' || split.after !== '' || !/^[\s,;|•·/–—-]*$/.test(split.between)) return false;
  return split.links.every((link) => {
    const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    const kind = linkKind(link, page);
    return text.length <= MAX_ENTRY_CHARS && text.split(' ').length <= MAX_ENTRY_WORDS
      && (kind === 'same-site-page' || kind === 'this-page');
  });
}

/** Whether the line just before the run (in reading order) introduces it: a heading or a line ending in ":". */
function isIntroduced(run: Element[], lines: Element[]): boolean {
  const first = lines.indexOf(run[0]);
  const last = lines.indexOf(run[run.length - 1]);
  const before = first < last ? lines[first - 1] : lines[last - 1];
  if (!before) return false;
  return HEADINGS.has(before.tagName) || endsWithSeparator(before.textContent ?? '');
}
