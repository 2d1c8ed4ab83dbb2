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
const BOX_TAGS = new Set([
  'DIV',
  'SECTION',
  'HEADER',
  'FOOTER',
  'NAV',
  'UL',
  'OL',
  'DL',
  'ASIDE',
  'ARTICLE',
  'MAIN',
  'FORM',
]);
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
  const page = pageUrl(root.ownerDocument);
  const isMenu = (line: Element) => isMenuLine(line, page);
  for (const fromEnd of [false, true]) {
    // Only the edges are read: the walk stops at the first line that is not a menu line.
    const { run, next, whole } = edgeRun(root, fromEnd, isMenu);
    if (run.length === 0 || whole) continue;
    const entries = run.reduce((sum, line) => sum + splitAroundLinks(line).links.length, 0);
    // At the end, the line just before the run may introduce it ("Next steps", "Further reading:").
    if (entries < MIN_RUN_ENTRIES || (fromEnd && next !== null && introduces(next))) continue;
    for (const line of run) if (root.contains(line)) removeWithEmptyAncestors(line, root);
  }
}

/**
 * The lines at the start (or end) of `root` that pass `test`, in reading order from that edge: a
 * line is the first element down each path that is not a box of lines. Also the first line that
 * failed (`next`), and whether every line passed (`whole`: a page of links is not this step's).
 */
function edgeRun(
  root: Element,
  fromEnd: boolean,
  test: (line: Element) => boolean,
): { run: Element[]; next: Element | null; whole: boolean } {
  const run: Element[] = [];
  const first = (element: Element) => (fromEnd ? element.lastElementChild : element.firstElementChild);
  const step = (element: Element) => (fromEnd ? element.previousElementSibling : element.nextElementSibling);
  const stack: Array<Element | null> = [first(root)];
  while (stack.length > 0) {
    const child = stack.pop() ?? null;
    if (child === null) continue;
    stack.push(step(child));
    if (BOX_TAGS.has(child.tagName) && child.firstElementChild !== null && !hasOwnText(child)) {
      stack.push(first(child));
      continue;
    }
    if ((child.textContent ?? '').trim() === '') continue;
    if (!test(child)) return { run, next: child, whole: false };
    run.push(child);
  }
  return { run, next: null, whole: true };
}

/** Whether `line` introduces what follows: a heading, or a line ending in ":". */
function introduces(line: Element): boolean {
  return HEADINGS.has(line.tagName) || endsWithSeparator(line.textContent ?? '');
}

/** Whether `element` holds text directly (a box with its own words is a line, not a box of lines). */
function hasOwnText(element: Element): boolean {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return true;
  }
  return false;
}

/** A short line made of short links to this site and separators, nothing else. */
function isMenuLine(line: Element, page: URL | null): boolean {
  if (!LINE_TAGS.has(line.tagName) && !BOX_TAGS.has(line.tagName)) return false;
  if (!isShort(line, MAX_LINE_CHARS) || hasAncestorTag(line, AUTHORED_TAGS)) return false;
  const split =
    line.tagName === 'A'
      ? { before: '', after: '', between: '', links: [line as HTMLAnchorElement] }
      : splitAroundLinks(line);
  if (split.links.length === 0 || split.before !== '' || split.after !== '' || !/^[\s,;|•·/–—-]*$/.test(split.between))
    return false;
  return split.links.every((link) => {
    const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    const kind = linkKind(link, page);
    return (
      text.length <= MAX_ENTRY_CHARS &&
      text.split(' ').length <= MAX_ENTRY_WORDS &&
      (kind === 'same-site-page' || kind === 'this-page')
    );
  });
}
