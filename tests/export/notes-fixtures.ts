import { describeOffsets } from '../../lib/highlights/describe-range';
import type { Highlight, Note } from '../../lib/highlights/highlight';
import type { HighlightColour } from '../../lib/highlights/colours';
import { buildTextMap } from '../../lib/highlights/text-map';
import type { ArticleNotes, ExportedArticle } from '../../lib/export/article-notes';
import type { EpubArticle } from '../../lib/export/epub-chapter';

// Articles that exercise every exporter's escaping: a title with quotes, commas, a newline, '#'
// and YAML-special characters; notes written in Markdown; a right-to-left article; an article
// with no author, site, date or tags; an orphan highlight. Ids and times are fixed, so the
// golden files never change between runs.

const SAVED = Date.UTC(2026, 10, 26, 9, 30, 0);

export const TRICKY_ARTICLE: ExportedArticle = {
  id: '0b6f6a0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  url: 'https://example.org/2026/notes?ref="x"&a=1#top',
  title:
    'Re: "Quotes", commas, #hash & colons: yes\n- a list? {braces} [brackets] *star* !tag %pct @at `tick` \'single\'',
  byline: 'O\'Brien, Ann: "the" #1',
  siteName: 'Le Monde: #1 — l’édition',
  savedAt: SAVED,
  publishedTime: '2025-04-02T08:14:00+02:00',
  tags: ['read later', '#ia', 'yaml: special'],
  lang: 'fr',
  dir: 'ltr',
};

const TRICKY_HTML =
  '<p>Premier paragraphe : le <em>prix</em> est de $5 et *pas* plus, voir [la note] ou &lt;ceci&gt;.</p>' +
  '<p># Pas un titre, mais une phrase qui commence par un croisillon et parle de C# et de #tags.</p>' +
  '<p>Une phrase sur deux paragraphes commence ici</p><p>et se termine là, avec == et %% et ^ en prime.</p>' +
  '<figure><img src="https://example.org/img/photo.png" alt="Une photo"><figcaption>Légende de la photo</figcaption></figure>' +
  '<p>Un passage qui sera réécrit plus tard et perdra ses mots.</p>';

export const RTL_ARTICLE: ExportedArticle = {
  id: '1c7e7b1f-2d3e-4f60-9bac-1d2e3f4a5b6c',
  url: 'https://example.org/ar/article',
  title: 'القراءة الهادئة: "ملاحظات"، فواصل',
  byline: 'سارة',
  siteName: 'موقع',
  savedAt: SAVED,
  publishedTime: '2024-12-01',
  tags: ['قراءة'],
  lang: 'ar',
  dir: 'rtl',
};

const RTL_HTML =
  '<p>القراءة الهادئة تحتاج إلى وقت ومكان هادئ حيث تستقر الأفكار قبل أن تعود.</p><p>كل جملة تحتفظ بمكانها في النص.</p>';

export const BARE_ARTICLE: ExportedArticle = {
  id: '2d8f8c20-3e4f-4071-acbd-2e3f4a5b6c7d',
  url: 'https://example.org/bare',
  title: 'Sans auteur ni date',
  byline: null,
  siteName: null,
  savedAt: SAVED,
  publishedTime: null,
  tags: [],
  lang: null,
  dir: null,
};

const BARE_HTML = '<p>Un article sans auteur, sans date et sans étiquette, avec un seul passage souligné.</p>';

let counter = 0;
/** A deterministic UUID-shaped id for highlight number `n`. */
const idFor = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A highlight of `quote` (its `occurrence`-th appearance) in the normalized text of `html`. */
function highlightOf(
  articleId: string,
  html: string,
  quote: string,
  colour: HighlightColour,
  note: string,
  occurrence = 0,
): Highlight {
  const root = document.createElement('div');
  // Test data only: the fixture's own HTML, parsed to compute offsets as the reader would.
  root.append(new DOMParser().parseFromString(html, 'text/html').body.cloneNode(true));
  const text = buildTextMap(root).text;
  let start = text.indexOf(quote);
  for (let skip = 0; skip < occurrence; skip += 1) start = text.indexOf(quote, start + 1);
  const target = describeOffsets(text, start, start + quote.length);
  if (start < 0 || !target) throw new Error(`"${quote}" is not in the fixture`);
  counter += 1;
  const time = SAVED + counter * 60_000;
  return { id: idFor(counter), articleId, colour, note, target, createdAt: time, updatedAt: time };
}

const note = (articleId: string, text: string): Note => ({
  id: '3e9f9d31-4f50-4182-bdce-3f4a5b6c7d8e',
  articleId,
  text,
  createdAt: SAVED,
  updatedAt: SAVED + 1000,
});

/** The three fixture articles with their notes, in a fixed order. */
export function fixtureNotes(): EpubArticle[] {
  counter = 0;
  const tricky = highlightOf(
    TRICKY_ARTICLE.id,
    TRICKY_HTML,
    'le prix est de $5 et *pas* plus, voir [la note] ou <ceci>',
    'yellow',
    '**Cher**, mais :\n\n- à vérifier\n- voir [source](https://example.org)',
  );
  const hash = highlightOf(
    TRICKY_ARTICLE.id,
    TRICKY_HTML,
    '# Pas un titre, mais une phrase qui commence par un croisillon et parle de C# et de #tags.',
    'blue',
    '',
  );
  const across = highlightOf(
    TRICKY_ARTICLE.id,
    TRICKY_HTML,
    'commence ici\net se termine là, avec == et %% et ^ en prime',
    'pink',
    'Sur deux "paragraphes", avec une virgule.',
  );
  const caption = highlightOf(TRICKY_ARTICLE.id, TRICKY_HTML, 'Légende de la photo', 'green', '');
  const orphan = highlightOf(
    TRICKY_ARTICLE.id,
    TRICKY_HTML,
    'Un passage qui sera réécrit plus tard',
    'orange',
    'Ce passage a disparu de la page.',
  );
  // The page was re-saved without the passage: its highlight is an orphan, exported all the same.
  const trickyHtml = TRICKY_HTML.replace(
    '<p>Un passage qui sera réécrit plus tard et perdra ses mots.</p>',
    '<p>Tout autre chose ici.</p>',
  );
  const rtl = highlightOf(RTL_ARTICLE.id, RTL_HTML, 'تحتاج إلى وقت ومكان هادئ', 'green', 'ملاحظة بالعربية');
  const bare = highlightOf(BARE_ARTICLE.id, BARE_HTML, 'un seul passage souligné', 'yellow', '');
  // A real 1×1 PNG: epubcheck rejects a corrupted image.
  const png = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4f4IBAASRAcjyuzl2AAAAAElFTkSuQmCC'),
    (char) => char.charCodeAt(0),
  );
  return [
    {
      article: TRICKY_ARTICLE,
      // Stored order is not reading order: the exporters sort.
      highlights: [across, tricky, orphan, hash, caption],
      note: note(TRICKY_ARTICLE.id, 'Ma note sur l’article, en *Markdown* :\n\n1. premier point\n2. `code` et #tag'),
      html: trickyHtml,
      images: new Map([['https://example.org/img/photo.png', new Blob([png], { type: 'image/png' })]]),
    },
    { article: RTL_ARTICLE, highlights: [rtl], note: null, html: RTL_HTML, images: new Map() },
    { article: BARE_ARTICLE, highlights: [bare], note: null, html: BARE_HTML, images: new Map() },
  ];
}

/** The fixture articles without bodies (what the text formats take). */
export const fixtureArticleNotes = (): ArticleNotes[] =>
  fixtureNotes().map(({ article, highlights, note: n }) => ({ article, highlights, note: n }));
