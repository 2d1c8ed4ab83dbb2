import { COMMENT_COUNT, LABELS } from './clutter-labels';
import {
  AUTHORED_TAGS,
  elementsNamed,
  findByText,
  hasAncestorTag,
  isShort,
  removeWithEmptyAncestors,
} from './clutter-dom';
import { anyOfPattern, normalizeLabel } from './normalize-label';
import { COMMENT_AREA_NAMES, namePattern } from './clutter-names';

/**
 * Comment areas as WordPress, Disqus, Jetpack, Facebook and most themes mark them.
 * These names are specific: "#comments" never wraps an article body. An element holding the
 * page's h1 or main is still never removed, in case a theme nests the article inside.
 */
const COMMENT_NAMES =
  /(^|\s)(comments|respond|reply-title|commentform|disqus_thread|comment-section|comments-section|comments-area|comment-respond|comment-reply-title|comment-list|commentlist|comment-form|fb-comments|wp-block-comments|wp-block-post-comments-form|disqus_[\w-]+)(\s|$)/;

/** Comment areas named in the site's language, as whole tokens (see clutter-names.ts). */
const COMMENT_LANGUAGE_NAMES = namePattern(COMMENT_AREA_NAMES);

/** A comment prompt or count is a heading or a short line; 200 characters cover "Your email… marked *". */
const MAX_PROMPT_CHARS = 200;

/** Prompts of four words or more are specific enough to match as a start ("Your email address will not…"). */
const MIN_WORDS_FOR_PREFIX = 4;

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'LABEL']);

/**
 * Removes comment forms and comment threads: the areas themes mark, any form with a text box
 * (a reader never fills one in), and the prompts and counts left once Readability drops the form
 * ("Leave a reply", "Votre adresse e-mail ne sera pas publiée", "3 commentaires").
 */
export function stripComments(root: Element): void {
  for (const element of elementsNamed(root, COMMENT_NAMES)) {
    if (root.contains(element) && !element.querySelector('h1, main')) removeWithEmptyAncestors(element, root);
  }
  // The same areas named in the site's language ("article__reactions", "kommentare"): broader
  // words, so an area holding the heading, a <main> or half the text is the article, not comments.
  // Half the text around them, read only when a named area gets that far (it copies the whole page's text).
  let half: number | undefined;
  for (const element of elementsNamed(root, COMMENT_LANGUAGE_NAMES)) {
    if (!root.contains(element) || element.querySelector('h1, main, article')) continue;
    half ??= (root.textContent ?? '').length / 2;
    if (!isShort(element, half)) continue;
    removeWithEmptyAncestors(element, root);
  }
  for (const form of Array.from(root.querySelectorAll('form'))) {
    // A form around the whole page (ASP.NET WebForms) holds the article too: leave it.
    if (form.querySelector('textarea') && !form.querySelector('h1, main, article'))
      removeWithEmptyAncestors(form, root);
  }
  for (const prompt of findByText(root, MAX_PROMPT_CHARS, isCommentPrompt)) {
    if (!root.contains(prompt)) continue;
    const next = prompt.nextElementSibling;
    // A count heading ("12 comments") sits right above the thread itself.
    if (next && /^(OL|UL)$/.test(next.tagName) && COMMENT_COUNT.test(normalizeLabel(prompt.textContent ?? ''))) {
      removeWithEmptyAncestors(next, root);
    }
    removeWithEmptyAncestors(prompt, root);
  }
}

/** A prompt at the start of a longer text ("leave a reply cancel reply"), longest prompts first. */
const PROMPT_START = new RegExp(`^(${anyOfPattern(LABELS.comment)})[ .]`);

function isCommentPrompt(text: string, element: Element): boolean {
  const normalized = normalizeLabel(text);
  // What the words say first; the element is looked at only for a line they could make a prompt:
  // every short line of an article is asked, and few read as one.
  const labelled = LABELS.comment.has(normalized);
  const counted = COMMENT_COUNT.test(normalized);
  const prompt = PROMPT_START.exec(normalized)?.[1];
  if (!labelled && !counted && prompt === undefined) return false;
  if (hasAncestorTag(element, AUTHORED_TAGS)) return false;
  if (labelled) return true;
  const heading = HEADINGS.has(element.tagName);
  if (heading && counted) return true;
  // A heading may carry a hidden "Cancel reply" link after its prompt; a line needs a long prompt.
  return prompt !== undefined && (heading || prompt.split(' ').length >= MIN_WORDS_FOR_PREFIX);
}
