import { collapseWhitespace as collapse } from '../shared/text';
import { siteHost } from '../shared/urls';
import { hasWords } from './word-stats';

/** Why an extraction is shown with a notice: too short to be sure, or made mostly of links. */
export type ExtractionDoubt = 'short' | 'mostly-links';

/** What the pipeline's result is: an article, one to show with a notice, or none at all. */
export type ArticleVerdict =
  { kind: 'article' } | { kind: 'doubtful'; doubt: ExtractionDoubt } | { kind: 'none'; detail: string };

/**
 * Fewer characters than this outside links and the result may be a fragment rather than the
 * article: still shown (a reader who clicked has decided), with a notice. 280 characters is
 * about 50 words, two short paragraphs; the shortest real posts in the fixtures have 250 words.
 */
const SHORT_PROSE_CHARS = 280;

/**
 * A link whose text has this many words reads as a headline ("Man bites dog in Lyon"), not as
 * "here" or a name: a listing page is made of them.
 */
const HEADLINE_WORDS = 4;

/** And this many characters: Japanese counts words per character, and "福娘童話集" is a site name. */
const HEADLINE_CHARS = 15;

/** A listing shows at least this many headlines; an article's "Related" box has two to four. */
const MIN_LISTING_HEADLINES = 5;

/**
 * Prose per headline link, in characters. A home page, search results or a tag page give each
 * headline a teaser of one or two lines (under 250); an article gives every link it holds a
 * paragraph or more. Between 250 and 450 the result is shown with a notice.
 */
const LISTING_PROSE_PER_LINK = 250;
const DOUBTFUL_PROSE_PER_LINK = 450;

/** Share of the text that is link text above which a result is "mostly links". */
const DOUBTFUL_LINK_SHARE = 0.5;

/**
 * Share of link text above which a short result is only links (a menu, a list of titles): with
 * less than SHORT_PROSE_CHARS of prose beside them, there is nothing to read.
 */
const LINKS_ONLY_SHARE = 0.8;

/** Links that lead to no other page: in-page anchors, scripts, mail, phone numbers. */
const NOT_A_PAGE = /^(#|javascript:|mailto:|tel:|sms:|data:)/i;

/**
 * A link-free paragraph this long is prose someone wrote to be read, not a teaser under a
 * headline (teasers hold a line or two and sit next to their link). An article with three of them
 * is no listing, however many links it holds (a how-to with its steps and further reading); a
 * listing with long excerpts is shown with a notice instead.
 */
const LONG_PARAGRAPH_CHARS = 150;
const MIN_LONG_PARAGRAPHS = 3;

/** A login form's words: the page asks for a password and says little else. */
const LOGIN_MAX_PROSE_CHARS = 600;

/**
 * Judges the pipeline's result instead of the page: Readability turns any page into something,
 * so the question is whether that something is an article. None when it holds no sentence, is a
 * list of headlines leading to other pages of the site (home page, search results, tag page) or
 * is a login form; doubtful when it is very short or mostly links; an article otherwise, however
 * short a real post is.
 */
export function judgeArticle(body: Element, page: { url: string; asksForPassword: boolean }): ArticleVerdict {
  const site = siteOf(page.url);
  const text = collapse(body.textContent ?? '');
  let linkChars = 0;
  let headlines = 0;
  for (const link of Array.from(body.querySelectorAll('a'))) {
    const href = (link.getAttribute('href') ?? '').trim();
    // Only links to pages make a listing; the text of an anchor or a dead link is still read.
    if (href === '' || NOT_A_PAGE.test(href)) continue;
    const linkText = collapse(link.textContent ?? '');
    linkChars += linkText.length;
    // The address is parsed last: a long article has thousands of links, few of them headlines.
    if (
      site !== null &&
      linkText.length >= HEADLINE_CHARS &&
      hasWords(linkText, HEADLINE_WORDS) &&
      siteOf(href, page.url) === site
    )
      headlines += 1;
  }
  const prose = Math.max(0, text.length - linkChars);
  // Words outside links, estimated as the words' share of the characters outside links (Japanese
  // counts per character), round to none exactly when the words are fewer than
  // length / (2 × prose): counting that many is enough, not all the words of a long article.
  const noProseWords = prose === 0 || !hasWords(text, Math.ceil(text.length / (2 * prose)));
  // Nothing to read or to look at: a menu, or a page whose content Readability could not find.
  if (noProseWords && body.querySelector('img, picture, video, svg, math') === null)
    return { kind: 'none', detail: 'no text' };
  if (page.asksForPassword && prose < LOGIN_MAX_PROSE_CHARS) return { kind: 'none', detail: 'a login form' };
  if (linkChars >= text.length * LINKS_ONLY_SHARE && prose < SHORT_PROSE_CHARS)
    return { kind: 'none', detail: 'only links' };
  if (headlines >= MIN_LISTING_HEADLINES) {
    const perLink = prose / headlines;
    if (perLink < LISTING_PROSE_PER_LINK && longParagraphs(body) < MIN_LONG_PARAGRAPHS) {
      return { kind: 'none', detail: `a list of ${headlines} links to other pages` };
    }
    if (perLink < DOUBTFUL_PROSE_PER_LINK) return { kind: 'doubtful', doubt: 'mostly-links' };
  }
  if (linkChars > text.length * DOUBTFUL_LINK_SHARE) return { kind: 'doubtful', doubt: 'mostly-links' };
  if (prose < SHORT_PROSE_CHARS) return { kind: 'doubtful', doubt: 'short' };
  return { kind: 'article' };
}

/** How many link-free paragraphs of `body` are long prose (counting stops at MIN_LONG_PARAGRAPHS). */
function longParagraphs(body: Element): number {
  let count = 0;
  for (const paragraph of Array.from(body.querySelectorAll('p'))) {
    if (paragraph.getElementsByTagName('a').length > 0) continue;
    if (collapse(paragraph.textContent ?? '').length >= LONG_PARAGRAPH_CHARS && ++count >= MIN_LONG_PARAGRAPHS) break;
  }
  return count;
}

/**
 * The site of `href` (resolved against `base`): protocol and host without "www.", so that a saved
 * file's links (file:) stay on its site too. Null when the address cannot be read.
 */
function siteOf(href: string, base?: string): string | null {
  try {
    const url = new URL(href, base);
    return `${url.protocol}//${siteHost(url.hostname)}`;
  } catch (error) {
    void error; // an address that cannot be parsed belongs to no site
    return null;
  }
}

/** Whether the page asks for a password (a login or sign-up form), read before Readability drops forms. */
export function asksForPassword(doc: Document): boolean {
  return doc.querySelector('input[type="password" i]') !== null;
}
