import { buildChapter, type EpubArticle, type EpubLabels } from './epub-chapter';
import { CONTAINER_XML, EPUB_STYLESHEET, navigationDocument, packageDocument } from './epub-package';
import { languageTag } from './xml-text';
import { zipEntries, type ZipEntry } from './zip';

/** What the EPUB export needs besides the articles. */
export interface EpubOptions {
  labels: EpubLabels;
  /** The book's title when it holds several articles (one article gives its own title). */
  title: string;
  /** The reader's language, for a book of several articles or an article without one. */
  language: string;
  /** A `urn:uuid:` for the book (one article: the article's id is used instead). */
  identifier: string;
  /** The export's time: dcterms:modified and every file's date. */
  modified: Date;
  /** The window whose DOM parses and serializes (the extension page's; a jsdom window in tests). */
  win: Window;
}

/**
 * An EPUB 3 of one or several articles: one chapter each, images included, highlights marked
 * in the text, their notes as endnotes (orphans listed after them). The zip starts with
 * `mimetype`, stored, as OCF requires.
 */
export async function notesToEpub(items: readonly EpubArticle[], options: EpubOptions): Promise<Uint8Array> {
  const fallbackLang = languageTag(options.language, 'und');
  const chapters = [];
  for (const [index, item] of items.entries())
    chapters.push(await buildChapter(item, index + 1, options.labels, options.win, fallbackLang));
  const single = items.length === 1 ? items[0].article : null;
  const language = single ? languageTag(single.lang, fallbackLang) : fallbackLang;
  const title = single?.title ?? options.title;
  const creators = [
    ...new Set(items.map((item) => item.article.byline).filter((byline): byline is string => Boolean(byline))),
  ];
  const entries: ZipEntry[] = [
    { name: 'mimetype', data: 'application/epub+zip', stored: true },
    { name: 'META-INF/container.xml', data: CONTAINER_XML },
    {
      name: 'OEBPS/content.opf',
      data: packageDocument(
        {
          identifier: single ? `urn:uuid:${single.id}` : options.identifier,
          title,
          language,
          creators,
          source: single?.url ?? null,
          modified: options.modified,
          rtl: single?.dir === 'rtl',
        },
        chapters,
      ),
    },
    { name: 'OEBPS/nav.xhtml', data: navigationDocument(options.labels.contents, language, chapters) },
    { name: 'OEBPS/style.css', data: EPUB_STYLESHEET },
    ...chapters.map((chapter) => ({ name: `OEBPS/${chapter.href}`, data: chapter.xhtml })),
    ...chapters.flatMap((chapter) =>
      chapter.images.map((image) => ({ name: `OEBPS/${image.href}`, data: image.data })),
    ),
  ];
  return zipEntries(entries, options.modified);
}
