import { collapseWhitespace, foldText } from '../shared/text';

/** What separates a title from the site's name in a page's <title>: "Title – Site", "Site | Title". */
const SEPARATORS = ['-', '–', '—', '|', '·', '•', ':', '»', '/'];

/** How far into the body a repeated heading or byline is looked for (top-level blocks). */
const HEAD_BLOCKS = 4;
/** A byline block is short: the byline with a date or "By", not a paragraph that names the author. */
const BYLINE_SLACK = 80;

const fold = (text: string) => foldText(collapseWhitespace(text));

/**
 * The title without the site's name the page appended or prepended ("Le lac – Le Journal" on
 * "Le Journal"), when the site is known and something is left. Saved articles keep their title
 * as extracted; the reader shows it clean.
 */
export function displayTitle(title: string, siteName: string | null): string {
  const site = siteName ? fold(siteName) : '';
  if (!site) return title;
  for (const separator of SEPARATORS) {
    const parts = title.split(` ${separator} `);
    if (parts.length < 2) continue;
    if (fold(parts[parts.length - 1]!) === site) return parts.slice(0, -1).join(` ${separator} `).trim() || title;
    if (fold(parts[0]!) === site) return parts.slice(1).join(` ${separator} `).trim() || title;
  }
  return title;
}

/** The first blocks of a body, looking through wrappers that hold everything (a lone <div>). */
function headBlocks(body: Element): Element[] {
  let root = body;
  while (root.children.length === 1 && /^(DIV|SECTION|ARTICLE|MAIN)$/.test(root.children[0]!.tagName))
    root = root.children[0]!;
  return [...root.children].slice(0, HEAD_BLOCKS);
}

/**
 * Removes from the top of a rendered body what the header above it already shows: a heading
 * that repeats the title, and a short block that repeats the byline ("Par Camille Moreau ·
 * Publié le 3 mars"). Also drops MediaWiki's "[edit]" links, which mean nothing offline.
 */
export function dropRepeatedHeader(
  body: Element,
  header: { title: string; siteName: string | null; byline: string | null },
): void {
  body.querySelectorAll('.mw-editsection').forEach((link) => link.remove());
  const titles = new Set([fold(header.title), fold(displayTitle(header.title, header.siteName))].filter(Boolean));
  const byline = header.byline ? fold(header.byline) : '';
  for (const block of headBlocks(body)) {
    const text = fold(block.textContent ?? '');
    if (!text || block.querySelector('img, picture, video, figure, table')) continue;
    if (/^H[1-3]$/.test(block.tagName) && titles.has(text)) block.remove();
    else if (
      byline.length >= 3 &&
      text.includes(byline) &&
      text.length <= byline.length + BYLINE_SLACK &&
      !/^H[1-6]$/.test(block.tagName)
    ) {
      block.remove();
    }
  }
}
