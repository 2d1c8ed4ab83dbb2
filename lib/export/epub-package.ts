import type { EpubChapter } from './epub-chapter';
import { escapeXml } from './xml-text';

/** The book's metadata (OPF `<metadata>`). */
export interface EpubMetadata {
  /** A URN that stays the same for the same export (dc:identifier, the package's unique id). */
  identifier: string;
  title: string;
  language: string;
  creators: readonly string[];
  /** The source page, for a book of one article. */
  source: string | null;
  /** Last modification, required by EPUB 3 (dcterms:modified, to the second, UTC). */
  modified: Date;
  /** Right-to-left page progression (a book of one right-to-left article). */
  rtl: boolean;
}

/** META-INF/container.xml: where the package document is. */
export const CONTAINER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

/** The book's stylesheet: highlights keep their colour and their underline style (lib/highlights/colours.ts). */
export const EPUB_STYLESHEET = `body { line-height: 1.5; }
header .byline, header .source { font-style: italic; }
mark.highlight { color: inherit; background-color: #f7ef8a; }
mark.green { background-color: #b4e6d4; text-decoration: underline solid; }
mark.blue { background-color: #bfe1f6; text-decoration: underline double; }
mark.pink { background-color: #efc6dd; text-decoration: underline wavy; }
mark.orange { background-color: #f8d596; text-decoration: underline dashed; }
aside.article-note { border-left: 3px solid #888; padding-left: 1em; }
section.orphans blockquote, section[role="doc-endnotes"] blockquote { margin-left: 1em; font-style: italic; }
img { max-width: 100%; height: auto; }
`;

const modifiedStamp = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

/** OEBPS/content.opf: metadata, every file (manifest) and the reading order (spine). */
export function packageDocument(meta: EpubMetadata, chapters: readonly EpubChapter[]): string {
  const items = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="style" href="style.css" media-type="text/css"/>',
    ...chapters.map(
      (chapter) => `<item id="${chapter.id}" href="${chapter.href}" media-type="application/xhtml+xml"/>`,
    ),
    ...chapters.flatMap((chapter) =>
      chapter.images.map((image) => `<item id="${image.id}" href="${image.href}" media-type="${image.mediaType}"/>`),
    ),
  ];
  const metadata = [
    `<dc:identifier id="uid">${escapeXml(meta.identifier)}</dc:identifier>`,
    `<dc:title>${escapeXml(meta.title)}</dc:title>`,
    `<dc:language>${escapeXml(meta.language)}</dc:language>`,
    ...meta.creators.map((creator) => `<dc:creator>${escapeXml(creator)}</dc:creator>`),
    ...(meta.source ? [`<dc:source>${escapeXml(meta.source)}</dc:source>`] : []),
    `<meta property="dcterms:modified">${modifiedStamp(meta.modified)}</meta>`,
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${escapeXml(meta.language)}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    ${metadata.join('\n    ')}
  </metadata>
  <manifest>
    ${items.join('\n    ')}
  </manifest>
  <spine${meta.rtl ? ' page-progression-direction="rtl"' : ''}>
    ${chapters.map((chapter) => `<itemref idref="${chapter.id}"/>`).join('\n    ')}
  </spine>
</package>
`;
}

/** OEBPS/nav.xhtml: the table of contents, one entry per article. */
export function navigationDocument(title: string, language: string, chapters: readonly EpubChapter[]): string {
  const entries = chapters.map((chapter) => `<li><a href="${chapter.href}">${escapeXml(chapter.title)}</a></li>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${escapeXml(language)}" xml:lang="${escapeXml(language)}">
<head><meta charset="UTF-8"/><title>${escapeXml(title)}</title></head>
<body>
<nav epub:type="toc" id="toc" role="doc-toc">
<h1>${escapeXml(title)}</h1>
<ol>
${entries.join('\n')}
</ol>
</nav>
</body>
</html>
`;
}
