import { inReadingOrder, quoteOf } from '../highlights/highlight';
import { isoDay, publishedDay, type ArticleNotes } from './article-notes';
import { continueQuote, escapeMarkdownText } from './markdown-escape';
import { DEFAULT_MARKDOWN_TEMPLATE, renderTemplate } from './markdown-template';
import { yamlList, yamlString } from './yaml';

/** One highlight as the template sees it (inside `{{#highlights}}…{{/highlights}}`). */
export interface HighlightView {
  /** The highlight's id (a UUID). */
  id: string;
  /** `hl-<id>`: write `^{{blockId}}` for an Obsidian block id that every re-export keeps. */
  blockId: string;
  /** The highlighted words, Markdown-escaped, each new line continuing a blockquote ("> "). */
  quote: string;
  /** The highlighted words as plain text, unescaped. */
  text: string;
  colour: string;
  /** The reader's note (Markdown, as written), '' when none. */
  note: string;
  /** "YYYY-MM-DD" (UTC) of the highlight. */
  created: string;
}

/** Everything a Markdown template can use; README lists it for readers who edit the template. */
export interface MarkdownView {
  title: string;
  /** The title on one line, Markdown-escaped (for a heading). */
  heading: string;
  url: string;
  author: string;
  site: string;
  saved: string;
  published: string;
  tags: string;
  id: string;
  /** The same fields as YAML scalars, ready for front matter. */
  yaml: Record<'title' | 'url' | 'author' | 'site' | 'saved' | 'published' | 'tags' | 'id', string>;
  /** The article's note (Markdown, as written), '' when none. */
  note: string;
  highlights: HighlightView[];
}

/**
 * Tags as Obsidian and Logseq accept them in front matter: no leading '#', no spaces (a space
 * would split one tag in two), so "read later" becomes "read-later".
 */
function frontMatterTag(tag: string): string {
  return tag.replace(/^#+/, '').trim().replace(/\s+/g, '-');
}

/** The template view of an article's notes; highlights in reading order. */
export function markdownView({ article, highlights, note }: ArticleNotes): MarkdownView {
  const tags = article.tags.map(frontMatterTag).filter(Boolean);
  const fields = {
    title: article.title,
    url: article.url,
    author: article.byline ?? '',
    site: article.siteName ?? '',
    saved: isoDay(article.savedAt),
    published: publishedDay(article.publishedTime),
    id: article.id,
  };
  return {
    ...fields,
    heading: escapeMarkdownText(article.title.replace(/\s+/g, ' ').trim()),
    tags: tags.join(', '),
    yaml: {
      title: yamlString(fields.title),
      url: yamlString(fields.url),
      author: yamlString(fields.author),
      site: yamlString(fields.site),
      saved: fields.saved,
      published: fields.published,
      tags: yamlList(tags),
      id: yamlString(fields.id),
    },
    note: note?.text.trim() ?? '',
    highlights: inReadingOrder(highlights).map((highlight) => {
      const exact = quoteOf(highlight).exact;
      return {
        id: highlight.id,
        blockId: `hl-${highlight.id}`,
        quote: continueQuote(escapeMarkdownText(exact)),
        text: exact,
        colour: highlight.colour,
        note: highlight.note.trim(),
        created: isoDay(highlight.createdAt),
      };
    }),
  };
}

/** One article's notes as a Markdown file, through `template` (the reader's, or the default). */
export function notesToMarkdown(notes: ArticleNotes, template: string = DEFAULT_MARKDOWN_TEMPLATE): string {
  return `${renderTemplate(template, markdownView(notes)).trimEnd()}\n`;
}
