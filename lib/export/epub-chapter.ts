import { anchorAll } from '../highlights/anchor';
import { inReadingOrder, quoteOf, type Highlight } from '../highlights/highlight';
import { wrapSpans, type PlacedSpan } from '../highlights/mark-ranges';
import { buildTextMap } from '../highlights/text-map';
import { sanitizeToElement } from '../shared/sanitize';
import type { ArticleNotes } from './article-notes';
import { placeImages, type EpubImage } from './epub-images';
import { languageTag, xmlSafe } from './xml-text';

const XHTML = 'http://www.w3.org/1999/xhtml';
const OPS = 'http://www.idpf.org/2007/ops';
const XML = 'http://www.w3.org/XML/1998/namespace';

/** An article for the EPUB export: its notes, its stored body and its stored images. */
export interface EpubArticle extends ArticleNotes {
  /** The stored, sanitized body HTML (sanitized again here). */
  html: string;
  /** Stored image Blobs by original image address. */
  images: ReadonlyMap<string, Blob>;
}

/** Words the book shows around the article, in the reader's language. */
export interface EpubLabels {
  contents: string;
  notes: string;
  articleNote: string;
  /** Heading of the highlights whose words are no longer in the article (orphans). */
  notFound: string;
  /** Text of the link from a note back to its passage. */
  backToText: string;
  /** Text of the link to the page the article came from. */
  source: string;
}

/** One chapter: an article as an XHTML content document, and its images. */
export interface EpubChapter {
  href: string;
  id: string;
  title: string;
  xhtml: string;
  images: EpubImage[];
}

/** A tiny element builder for the chapter's XML document (text always goes in as text nodes). */
function builder(doc: Document) {
  return (name: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): Element => {
    const element = doc.createElementNS(XHTML, name);
    for (const [key, value] of Object.entries(attributes)) {
      if (key.startsWith('epub:')) element.setAttributeNS(OPS, key, value);
      else element.setAttribute(key, xmlSafe(value));
    }
    for (const child of children)
      element.append(typeof child === 'string' ? doc.createTextNode(xmlSafe(child)) : child);
    return element;
  };
}

/** Paragraphs of a note, its single line breaks kept (Markdown as written: e-readers show plain text). */
function noteParagraphs(make: ReturnType<typeof builder>, text: string): Element[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) =>
      make('p', {}, ...part.split('\n').flatMap((line, index) => (index === 0 ? [line] : [make('br'), line]))),
    );
}

/** Removes what XML cannot hold from a sanitized HTML tree: bad characters and attribute names. */
function makeXmlSafe(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const text = node as Text;
      const safe = xmlSafe(text.data);
      if (safe !== text.data) text.data = safe;
      continue;
    }
    const element = node as Element;
    for (const attribute of [...element.attributes]) {
      if (attribute.namespaceURI) continue;
      if (!/^[A-Za-z_][\w.-]*$/.test(attribute.name) || attribute.name === 'target')
        element.removeAttribute(attribute.name);
      else if (xmlSafe(attribute.value) !== attribute.value)
        element.setAttribute(attribute.name, xmlSafe(attribute.value));
    }
  }
}

/**
 * Marks the article's highlights in its body (`<mark>`, the colour as a class) with a note
 * reference after each that has a note; returns the numbered notes and the orphans.
 */
function markHighlights(
  body: HTMLElement,
  highlights: readonly Highlight[],
): { numbered: Highlight[]; orphans: Highlight[] } {
  const map = buildTextMap(body);
  const anchorings = anchorAll(map.text, highlights);
  const spans: PlacedSpan[] = [];
  const orphans: Highlight[] = [];
  for (const highlight of highlights) {
    const anchoring = anchorings.get(highlight.id);
    if (anchoring?.status === 'anchored') spans.push({ id: highlight.id, start: anchoring.start, end: anchoring.end });
    else orphans.push(highlight);
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const byId = new Map(highlights.map((highlight) => [highlight.id, highlight]));
  const numbered = spans.map((span) => byId.get(span.id) as Highlight).filter((highlight) => highlight.note.trim());
  const numberOf = new Map(numbered.map((highlight, index) => [highlight.id, index + 1]));
  const doc = body.ownerDocument;
  const firsts = wrapSpans(
    map,
    spans,
    (ids) => {
      const mark = doc.createElement('mark');
      mark.setAttribute('class', `highlight ${byId.get(ids[ids.length - 1])?.colour ?? ''}`.trim());
      return mark;
    },
    (id) => {
      const number = numberOf.get(id);
      if (!number) return null;
      const link = doc.createElement('a');
      link.setAttributeNS(OPS, 'epub:type', 'noteref');
      link.setAttribute('role', 'doc-noteref');
      link.setAttribute('id', `liseuse-ref-${number}`);
      link.setAttribute('href', `#liseuse-note-${number}`);
      link.textContent = String(number);
      const sup = doc.createElement('sup');
      sup.append(link);
      return sup;
    },
  );
  for (const [id, element] of firsts) element.setAttribute('id', `liseuse-hl-${id}`);
  return { numbered, orphans };
}

/** A URL as a valid URI (a stored address may hold raw quotes or spaces; the URL parser encodes them). */
function validHref(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return '#';
  }
}

/** Builds chapter `number` (1-based) of the book from one article. */
export async function buildChapter(
  item: EpubArticle,
  number: number,
  labels: EpubLabels,
  win: Window,
  fallbackLang: string,
): Promise<EpubChapter> {
  const { article } = item;
  const body = sanitizeToElement(item.html, win);
  const images = await placeImages(body, item.images, number);
  const highlights = inReadingOrder(item.highlights);
  const { numbered, orphans } = markHighlights(body, highlights);
  makeXmlSafe(body);

  const doc = win.document.implementation.createDocument(XHTML, 'html', null);
  const make = builder(doc);
  const html = doc.documentElement;
  html.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:epub', OPS);
  const lang = languageTag(article.lang, fallbackLang);
  html.setAttribute('lang', lang);
  html.setAttributeNS(XML, 'xml:lang', lang);
  if (article.dir) html.setAttribute('dir', article.dir);
  html.append(
    make(
      'head',
      {},
      make('meta', { charset: 'UTF-8' }),
      make('title', {}, article.title),
      make('link', { rel: 'stylesheet', type: 'text/css', href: 'style.css' }),
    ),
  );

  const byline = [article.byline, article.siteName].filter((part): part is string => Boolean(part)).join(' · ');
  const header = make('header', {}, make('h1', {}, article.title));
  if (byline) header.append(make('p', { class: 'byline' }, byline));
  header.append(make('p', { class: 'source' }, make('a', { href: validHref(article.url) }, labels.source)));
  const main = make('article', { 'epub:type': 'chapter' }, header);

  const noteText = item.note?.text.trim() ?? '';
  if (noteText)
    main.append(
      make(
        'aside',
        { class: 'article-note', 'aria-label': labels.articleNote },
        make('h2', {}, labels.articleNote),
        ...noteParagraphs(make, noteText),
      ),
    );

  const content = make('div', { class: 'article-body' });
  for (const child of [...body.childNodes]) content.append(doc.importNode(child, true));
  main.append(content);

  if (numbered.length > 0) {
    const list = make('ol');
    numbered.forEach((highlight, index) => {
      const number = index + 1;
      list.append(
        make(
          'li',
          { id: `liseuse-note-${number}`, 'epub:type': 'endnote', role: 'doc-endnote' },
          make('blockquote', {}, make('p', {}, quoteOf(highlight).exact)),
          ...noteParagraphs(make, highlight.note),
          make('p', {}, make('a', { href: `#liseuse-ref-${number}`, role: 'doc-backlink' }, labels.backToText)),
        ),
      );
    });
    main.append(make('section', { 'epub:type': 'endnotes', role: 'doc-endnotes' }, make('h2', {}, labels.notes), list));
  }

  if (orphans.length > 0) {
    const list = make('ul');
    for (const orphan of orphans) {
      list.append(
        make(
          'li',
          { class: orphan.colour },
          make('blockquote', {}, make('p', {}, quoteOf(orphan).exact)),
          ...noteParagraphs(make, orphan.note),
        ),
      );
    }
    main.append(make('section', { class: 'orphans' }, make('h2', {}, labels.notFound), list));
  }

  html.append(make('body', {}, main));
  const xml = new (win as Window & typeof globalThis).XMLSerializer().serializeToString(doc);
  return {
    href: `chapter-${number}.xhtml`,
    id: `chapter-${number}`,
    title: article.title,
    xhtml: `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n${xml}\n`,
    images,
  };
}
