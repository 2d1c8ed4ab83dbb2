import { collapseWhitespace, foldText } from '../shared/text';
/** One heading of an article, for the outline. */
export interface OutlineEntry {
  id: string;
  text: string;
  /** 2 for <h2>, 3 for <h3>, 4 for <h4>. */
  level: number;
}

/**
 * When a piece deserves an outline: several sections, or long enough that finding one's way back
 * matters (about seven minutes of reading). One heading is not an outline.
 */
export const OUTLINE_MIN_HEADINGS = 4;
/** See OUTLINE_MIN_HEADINGS. */
export const OUTLINE_MIN_WORDS = 1500;

/**
 * Headings that title a page's own table of contents, folded: the outline is the table of
 * contents, so listing "Contents" in it points at a list the reader does not need.
 */
const CONTENTS_HEADINGS = new Set([
  'contents',
  'table of contents',
  'in this article',
  'on this page', // English (Wikipedia, docs)
  'sommaire',
  'table des matieres',
  'dans cet article', // French
  'inhalt',
  'inhaltsverzeichnis',
  'indice',
  'contenido',
  'contenidos',
  'indice de contenidos',
  'inhoud',
  'spis tresci',
]);

/** Wikipedia's and MediaWiki's "[edit]" links and their translations, as the text they leave. */
const EDIT_LINK =
  /\[\s*(?:edit|edit source|modifier|modifier le code|bearbeiten|quelltext bearbeiten|editar|modifica|bewerken|edytuj)\s*\]/gi;

/** Containers of a page's own table of contents; their headings are not the article's. */
const CONTENTS_CONTAINERS = '#toc, .toc, [role=navigation], nav';

/** Whether to show the outline for an article with these headings and words. */
export function wantsOutline(headings: number, wordCount: number): boolean {
  return headings >= OUTLINE_MIN_HEADINGS || (wordCount > OUTLINE_MIN_WORDS && headings >= 2);
}

/** A heading's text as the outline shows it: without edit links and their brackets. */
export function headingText(heading: Element): string {
  const copy = heading.cloneNode(true) as Element;
  copy.querySelectorAll('.mw-editsection').forEach((link) => link.remove());
  return collapseWhitespace((copy.textContent ?? '').replace(EDIT_LINK, ''));
}

/**
 * The h2–h4 headings of a rendered article, giving each an id to link to when it has none
 * (ids the page had were kept by the sanitizer and stay as they are). Leaves out the heading of
 * the page's own table of contents.
 */
export function readOutline(root: Element): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  root.querySelectorAll('h2, h3, h4').forEach((heading, index) => {
    const text = headingText(heading);
    if (!text || CONTENTS_HEADINGS.has(foldText(text)) || heading.closest(CONTENTS_CONTAINERS)) return;
    if (!heading.id) heading.id = `liseuse-heading-${index + 1}`;
    entries.push({ id: heading.id, text, level: Number(heading.tagName.slice(1)) });
  });
  return entries;
}

/** Scrolls to an outline entry's heading and moves the focus there (for screen readers too). */
export function goToHeading(id: string): boolean {
  const heading = document.getElementById(id);
  if (!heading) return false;
  heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
  return true;
}
